import boto3
from envlib import configure, settings


def handler(event, context):
    configure(event)
    s3 = boto3.client("s3", region_name=settings.region)
    return s3.meta.region_name
