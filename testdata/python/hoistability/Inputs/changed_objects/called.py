import boto3

from settings import CALLED


def handler(event, context):
    CALLED(event)
    s3 = boto3.client("s3", region_name=CALLED.region)
    return s3.meta.region_name
