import os

import boto3

from common.responses import ok


def process_order(event, context):
    # expect: client-in-handler
    dynamodb = boto3.resource("dynamodb")
    table = dynamodb.Table(os.environ["TABLE_NAME"])
    table.put_item(Item={"id": event["id"]})
    return ok({"id": event["id"]})
