# RUN: %expect %s
# Code run by exec may write anything, the environment among it: a client
# built after it gets no safe fix.
import os

import boto3

sqs = boto3.client("sqs")


def handler(event, context):
    if "region" in event:
        exec("os.environ['AWS_DEFAULT_REGION'] = event['region']")
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name
