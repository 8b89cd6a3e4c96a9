# RUN: %expect %s
# Code run by exec may write anything, the environment among it: a client
# built after it gets no safe fix.
import os

import boto3


def handler(event, context):
    if "region" in event:
        exec("os.environ['AWS_DEFAULT_REGION'] = event['region']")
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name
