import boto3

from settings import REGISTRY


def handler(event, context):
    REGISTRY["settings"].override(event)
    s3 = boto3.client("s3", region_name=REGISTRY["settings"].region)
    return s3.meta.region_name
