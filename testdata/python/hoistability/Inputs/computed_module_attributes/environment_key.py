import os

import boto3

import settings


def handler(event, context):
    os.environ["APP_REGION"] = event.get("region", "us-west-2")
    s3 = boto3.client("s3", region_name=settings.REGION)
    return s3.meta.region_name
