import boto3

import settings


def handler(event, context):
    settings.use(event.get("region", "us-west-2"))
    sns = boto3.client("sns", region_name=settings.REGION_NAME)
    return sns.meta.region_name
