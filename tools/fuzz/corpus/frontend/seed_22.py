"""Order API: reads and writes orders in DynamoDB, archives receipts to S3."""
import json
import os

import boto3
import requests

TABLE_NAME = os.environ.get("TABLE_NAME", "orders")
# Built once per execution environment, at INIT: this is the right place.
dynamodb = boto3.resource("dynamodb")


def lambda_handler(event, context):
    table = dynamodb.Table(TABLE_NAME)
    s3 = boto3.client("s3")
    http = requests.Session()
    order = json.loads(event["body"])
    table.put_item(Item=order)
    s3.put_object(Bucket=os.environ["RECEIPTS"], Key=order["id"],
                  Body=json.dumps(order))
    http.post(os.environ["WEBHOOK_URL"], json=order, timeout=5)
    return {"statusCode": 201, "body": json.dumps({"id": order["id"]})}
