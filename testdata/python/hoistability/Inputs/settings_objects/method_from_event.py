import boto3

from settings import SETTINGS


def handler(event, context):
    SETTINGS.override(event)
    s3 = boto3.client("s3", region_name=SETTINGS.region)
    return s3.meta.region_name
