import boto3


def lambda_handler(event, context):
    # The template makes this the handler.
    # expect: client-in-handler
    return boto3.client("s3")


def handler(event, context):
    # Under a configured code root only configured handlers count, so this
    # function named like a handler is not one.
    # ok: client-in-handler
    return boto3.client("sqs")
