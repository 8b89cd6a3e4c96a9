import os

import boto3


def merge(first, second):
    return {**first, **second}


DEFAULTS = merge({"a": 1}, {"b": 2})


def handler(event, context):
    sqs = boto3.client("sqs", endpoint_url=os.environ["SQS_ENDPOINT"])
    return sqs.meta.endpoint_url
