import os

import boto3

health = lambda event, context: {"ok": True}  # noqa: E731


def handler(event, context):
    sqs = boto3.client("sqs", endpoint_url=os.environ["SQS_ENDPOINT"])
    return sqs.meta.endpoint_url
