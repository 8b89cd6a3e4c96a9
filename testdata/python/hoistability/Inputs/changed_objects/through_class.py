import boto3

from settings import THROUGH_CLASS, Settings


def handler(event, context):
    Settings.override(THROUGH_CLASS, event)
    s3 = boto3.client("s3", region_name=THROUGH_CLASS.region)
    return s3.meta.region_name
