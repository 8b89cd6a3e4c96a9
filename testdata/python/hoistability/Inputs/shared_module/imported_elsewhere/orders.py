import os

import boto3

ENDPOINT = os.environ.get("S3_ENDPOINT", "")


def handler(event, context):
    s3 = boto3.client("s3", endpoint_url=ENDPOINT)
    return {"endpoint": s3.meta.endpoint_url}


def label():
    return "orders"
