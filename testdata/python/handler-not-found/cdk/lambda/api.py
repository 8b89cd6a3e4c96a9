import boto3


def handler(event, context):
    # expect: client-in-handler
    return boto3.client("events")
