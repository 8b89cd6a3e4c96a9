import os

import boto3


def label(row):
    return "row:%s" % row


def produce(event, context):
    sqs = boto3.client("sqs", endpoint_url=os.environ["QUEUE_ENDPOINT"])
    return sqs.meta.endpoint_url
