import os

import boto3


def create_handler(event, context):
    table = boto3.resource("dynamodb", endpoint_url=os.environ["TABLE_ENDPOINT"])
    return table.meta.client.meta.endpoint_url


def health_handler(event, context):
    return {"ok": True}
