import os

import boto3
from envlib import Env

ENV = Env()


def handler(event, context):
    ENV.sync()
    s3 = boto3.client("s3", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return s3.meta.region_name
