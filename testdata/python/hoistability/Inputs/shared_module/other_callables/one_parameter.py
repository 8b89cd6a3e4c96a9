import os

import boto3


def warmup(event):
    return {"ok": True}


def handler(event, context):
    sqs = boto3.client("sqs", endpoint_url=os.environ["SQS_ENDPOINT"])
    return sqs.meta.endpoint_url
