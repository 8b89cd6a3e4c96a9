# RUN: %expect %s --handler-pattern 'entry_*'
import boto3

s3_client = boto3.client("s3")


def entry_point(event, meta):
    # expect: client-in-handler
    return s3_client


def entry_helper(payload, meta):
    # A pattern match still needs parameters Lambda could fill.
    # ok: client-in-handler
    return boto3.client("sqs")


def lambda_handler(event, ctx):
    # Parameters named like (event, context) make a handler whatever the name.
    # expect: client-in-handler
    return s3_client


def process(payload, meta):
    # ok: client-in-handler
    return boto3.client("s3")
