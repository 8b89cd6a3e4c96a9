import boto3

from state import SETTINGS, STATE


def handler(event, context):
    STATE["table_region"] = event.get("region", "us-east-1")
    s3 = boto3.client("s3", region_name=SETTINGS.table_region)
    return s3.meta.region_name
