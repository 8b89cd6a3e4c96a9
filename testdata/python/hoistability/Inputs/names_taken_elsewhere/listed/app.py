import boto3

import helpers


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    return {"exported": helpers.public_names(), "region": s3.meta.region_name}
