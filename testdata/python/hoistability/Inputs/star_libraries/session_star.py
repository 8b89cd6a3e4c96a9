import boto3
from boto3 import *


def handler(event, context):
    setup_default_session(region_name=event.get("region", "us-west-2"))
    s3 = boto3.client("s3")
    return s3.meta.region_name
