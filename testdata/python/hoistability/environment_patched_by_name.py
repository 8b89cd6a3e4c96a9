# RUN: %expect %s
# mock.patch.dict names the environment by a string: around every call of
# the handler it decorates, the region is another. Built at INIT, the
# client would keep the region of the environment outside it. No safe fix
# (trial 12 repro 13).
from unittest import mock

import boto3


@mock.patch.dict("os.environ", {"AWS_DEFAULT_REGION": "eu-central-1"})
def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
