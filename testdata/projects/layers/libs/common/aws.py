import boto3


def table(name):
    # expect: client-in-handler
    return boto3.resource("dynamodb").Table(name)
