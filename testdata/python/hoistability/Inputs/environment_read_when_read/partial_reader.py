import functools
import os

import boto3

REGION = functools.partial(os.getenv, "BUCKET_REGION", "us-west-2")


def handler(event, context):
    os.environ["BUCKET_REGION"] = event.get("region", "us-west-2")
    s3 = boto3.client("s3", region_name=REGION())
    return s3.meta.region_name
