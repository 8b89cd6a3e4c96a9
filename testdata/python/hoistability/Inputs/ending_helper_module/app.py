import os

import boto3
from errors import abort, stop


def maintenance_handler(event, context):
    abort("maintenance")
    # ok: client-in-handler
    s3 = boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"])
    return s3.meta.endpoint_url


def guarded_handler(event, context):
    if event.get("dry_run"):
        stop(0)
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name=os.environ["SNS_REGION"])
    return sns.meta.region_name
