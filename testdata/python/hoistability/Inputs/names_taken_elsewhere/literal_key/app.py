import boto3

import helpers

VERSION = "1.2"


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    return {"version": helpers.version(), "region": s3.meta.region_name}
