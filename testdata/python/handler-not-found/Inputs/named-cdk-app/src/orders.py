import json
import os

import boto3


def process_order(event, context):
    # The CDK app makes this the handler, though no name pattern does.
    # expect: client-in-handler
    table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])
    table.put_item(Item=json.loads(event["body"]))
    return {"statusCode": 201}


def notify_handler(event, context):
    # Named like a handler, but the CDK app configures another one here.
    # ok: client-in-handler
    boto3.client("sns").publish(TopicArn=os.environ["TOPIC_ARN"], Message=event["body"])
