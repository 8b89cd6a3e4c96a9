# With a handler string, only the named function is a handler.
# RUN: %expect %s --handler handler_string.process
import boto3


def process(payload, ctx):
    # expect: client-in-handler
    return boto3.client("s3")


def lambda_handler(event, context):
    # ok: client-in-handler
    return boto3.client("s3")
