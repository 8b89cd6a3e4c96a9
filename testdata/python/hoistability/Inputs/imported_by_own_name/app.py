import boto3

import app as this

REGION = "us-west-2"
TABLE = "orders"


def handler(event, context):
    if "region" in event:
        this.REGION = event["region"]
    s3 = boto3.client("s3", region_name=REGION)
    return s3.meta.region_name


def table_handler(event, context):
    this.TABLE = event.get("table", "orders")
    dynamodb = boto3.client("dynamodb", region_name="eu-west-1")
    return [TABLE, dynamodb.meta.region_name]
