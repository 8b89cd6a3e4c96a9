import os

import boto3


def make_health(body):
    def health(event, context):
        return {"ok": body}
    return health


health = make_health(True)


def handler(event, context):
    sqs = boto3.client("sqs", endpoint_url=os.environ["SQS_ENDPOINT"])
    return sqs.meta.endpoint_url
