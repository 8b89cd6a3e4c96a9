import boto3
from envlib import region_scope


def handler(event, context):
    with region_scope(event.get("region")):
        s3 = boto3.client("s3")
        return s3.meta.region_name
