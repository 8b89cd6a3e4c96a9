import boto3

import settings


def build():
    return boto3.client("sqs", region_name=settings.CONFIG["region"])


def handler(event, context):
    sqs = build()
    return {"region": sqs.meta.region_name}
