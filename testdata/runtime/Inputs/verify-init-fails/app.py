"""Reads its configuration at import, as many handlers do; the environment
here lacks it, so INIT fails."""
import os

import boto3

TABLE = os.environ["ORDERS_TABLE"]


def lambda_handler(event, context):
    dynamodb = boto3.client("dynamodb")
    return {"table": TABLE, "region": dynamodb.meta.region_name, "id": event["id"]}
