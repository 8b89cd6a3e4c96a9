import boto3

from state import STATE, Settings


def handler(event, context):
    STATE["region"] = event.get("region", "us-east-1")
    s3 = boto3.client("s3", region_name=Settings.region)
    return s3.meta.region_name
