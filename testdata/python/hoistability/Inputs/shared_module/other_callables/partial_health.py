import functools
import os

import boto3


def respond(body, event, context):
    return {"ok": body}


health = functools.partial(respond, True)


def handler(event, context):
    sqs = boto3.client("sqs", endpoint_url=os.environ["SQS_ENDPOINT"])
    return sqs.meta.endpoint_url
