import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))

import boto3
import tenant


def handler(event, context):
    tenant.prepare(event)
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=os.environ.get("DATA_REGION", "us-east-1"))
    return s3.meta.region_name
