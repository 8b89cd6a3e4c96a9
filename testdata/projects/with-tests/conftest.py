import boto3


def handler(event, context):
    # ok: client-in-handler
    return boto3.client("kms")
