import boto3
from warmers import warm_with


@warm_with({"warm": True})
def handler(event, context):
    s3 = boto3.client("s3")
    return s3.meta.region_name


import json  # noqa: E402
