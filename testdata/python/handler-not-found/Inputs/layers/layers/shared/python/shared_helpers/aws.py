import os

import boto3


def orders_table():
    # Built on every call, and each handler calls it on every invoke.
    # expect: client-in-handler
    dynamodb = boto3.resource("dynamodb")
    return dynamodb.Table(os.environ["TABLE"])
