import os

import boto3
import envlib


def _impl(event, context):
    s3 = boto3.client("s3", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return s3.meta.region_name


handler = envlib.make_handler(_impl)
