import boto3


def table():
    return boto3.resource("dynamodb").Table("orders")
