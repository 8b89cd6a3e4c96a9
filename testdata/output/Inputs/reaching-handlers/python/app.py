import os

import boto3


def table():
    return boto3.resource("dynamodb").Table(os.environ["TABLE"])


def login(event, context):
    return table().get_item(Key={"id": event["id"]})


def logout(event, context):
    return table().delete_item(Key={"id": event["id"]})
