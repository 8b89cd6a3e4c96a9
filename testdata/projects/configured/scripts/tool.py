import boto3


def entry(event, context):
    # ok: client-in-handler
    return boto3.client("s3")
