import os

import boto3


def handler(event, context):
    environment = os.environ.get.__self__
    environment["BUCKET_REGION"] = event.get("region", "us-west-2")
    s3 = boto3.client("s3", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return s3.meta.region_name
