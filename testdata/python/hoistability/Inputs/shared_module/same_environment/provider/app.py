import os

import boto3


def produce(event, context):
    sqs = boto3.client("sqs", endpoint_url=os.environ["QUEUE_ENDPOINT"])
    return sqs.meta.endpoint_url


def report(event, context):
    return {"n": event.get("n")}
