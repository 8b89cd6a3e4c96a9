"""Reads its table at import, as many handlers do (a KeyError at INIT where
the environment lacks it), and builds its client on every invocation."""
import os

import boto3

TABLE = os.environ["ORDERS_TABLE"]
SHOWN = ("ORDERS_TABLE", "STAGE", "LOG_LEVEL", "PAGE_SIZE", "AUDIT", "TZ",
         "QUEUE_URL", "TOPIC_ARN", "ARCHIVE_BUCKET", "AWS_REGION",
         "AWS_EXECUTION_ENV")


def lambda_handler(event, context):
    dynamodb = boto3.client("dynamodb")
    settings = " ".join(f"{name}={os.environ.get(name, '-')}" for name in SHOWN)
    return {"id": event["id"], "table": TABLE, "settings": settings,
            "region": dynamodb.meta.region_name}
