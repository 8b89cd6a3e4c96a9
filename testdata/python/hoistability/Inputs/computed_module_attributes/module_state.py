import boto3

import settings


def handler(event, context):
    settings.use(event.get("region", "us-west-2"))
    sqs = boto3.client("sqs", region_name=settings.CURRENT_REGION)
    return sqs.meta.region_name
