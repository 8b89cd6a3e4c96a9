import boto3


def URLParameters(url):
    return boto3.client("mq")


def handler(event, context):
    return boto3.client("mq")
