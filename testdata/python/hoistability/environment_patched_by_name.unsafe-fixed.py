# RUN: %expect %s
# mock.patch.dict names the environment by a string: around every call of
# the handler it decorates, the region is another. Built at INIT, the
# client would keep the region of the environment outside it. No safe fix
# (trial 12 repro 13). mock.patch naming the SDK by a string
# ("boto3.client") changes what a construction in it builds, as
# mock.patch.object(boto3, "client", ...) does (trial 26: G1, V02).
from unittest import mock

import boto3


@mock.patch.dict("os.environ", {"AWS_DEFAULT_REGION": "eu-central-1"})
def handler(event, context):
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name

s3 = boto3.client("s3")
sqs_client = boto3.client("sqs")


class DryRun:
    class meta:
        region_name = "dry-run"


def dry_run_handler(event, context):
    if event.get("dry_run"):
        with mock.patch("boto3.client", lambda *a, **k: DryRun()):
            # expect: client-in-handler[hoistable]
            sqs = sqs_client
    else:
        # expect: client-in-handler[hoistable]
        sqs = sqs_client
    return sqs.meta.region_name
