import json
import os

import boto3


def to_item(record):
    body = json.loads(record["body"])
    return {"id": body["orderId"], "total": body["total"]}


def error_handler(exc):
    # Not event-like: no handler.
    # ok: client-in-handler
    boto3.client("sns").publish(TopicArn=os.environ["ALERTS"], Message=str(exc))


def lambda_handler(event, context):
    # The template misspells this handler's name; it is checked all the same.
    # expect: client-in-handler
    table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])
    for record in event["Records"]:
        table.put_item(Item=to_item(record))
    return {"statusCode": 200}
