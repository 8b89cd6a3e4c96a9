import os

import boto3


def handler(event, context):
    sqs = boto3.client("sqs", endpoint_url=os.environ.get("QUEUE_ENDPOINT", ""))
    return {"queue": sqs.meta.endpoint_url}


def money(cents):
    return f"{cents / 100:.2f}"
