import boto3

from settings import INDEXED


def handler(event, context):
    INDEXED[event.get("region", "us-east-1")]
    s3 = boto3.client("s3", region_name=INDEXED.region)
    return s3.meta.region_name
