import os

import boto3
from plugins import tenant


def handler(event, context):
    tenant.prepare(event)
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=os.environ.get("DATA_REGION", "us-east-1"))
    return s3.meta.region_name
