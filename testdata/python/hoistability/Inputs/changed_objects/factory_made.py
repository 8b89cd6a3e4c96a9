import boto3

import settings


def handler(event, context):
    settings.LOADED.override(event)
    s3 = boto3.client("s3", region_name=settings.LOADED.region)
    return s3.meta.region_name
