import boto3

from settings import APP


def handler(event, context):
    APP.settings.override(event)
    s3 = boto3.client("s3", region_name=APP.settings.region)
    return s3.meta.region_name
