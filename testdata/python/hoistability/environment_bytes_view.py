# RUN: %expect %s
# os.environb is the environment seen as bytes: writing it writes
# os.environ. A client built after the handler sets the region there reads
# it: no safe fix.
import os

import boto3


def handler(event, context):
    if "region" in event:
        os.environb[b"AWS_DEFAULT_REGION"] = event["region"].encode()
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name
