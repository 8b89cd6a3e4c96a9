# RUN: %expect %s
# A writing method of os.environ kept in module state at INIT is called on
# the invoke path, through the table: the handler sets the region before
# building its client. No safe fix.
import os

import boto3

SETTERS = {"region": os.environ.__setitem__}


def handler(event, context):
    if "region" in event:
        SETTERS["region"]("AWS_DEFAULT_REGION", event["region"])
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name
