import os

import boto3


def handler(event, context):
    config = {"region_name": os.environ.get("BUCKET_REGION", "us-west-2")}
    s3 = boto3.client("s3", **config)
    config.setdefault("seen", []).append(event.get("region"))
    return [s3.meta.region_name, config.get("seen")]
