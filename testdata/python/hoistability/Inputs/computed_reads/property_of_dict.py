import boto3

from state import SETTINGS, STATE


def handler(event, context):
    STATE["region"] = event.get("region", "us-east-1")
    s3 = boto3.client("s3", region_name=SETTINGS.bucket_region)
    return s3.meta.region_name
