import os

import boto3

from middlewares import MIDDLEWARE


class TenantRegion:
    def __init__(self, event):
        self.region = event.get("region", "us-east-1")

    def __enter__(self):
        self.old = os.environ.get("AWS_DEFAULT_REGION")
        os.environ["AWS_DEFAULT_REGION"] = self.region
        return self

    def __exit__(self, *exc):
        os.environ["AWS_DEFAULT_REGION"] = self.old
        return False


def middleware_handler(event, context):
    # Each middleware of the list runs: one of them sets the region.
    for middleware in MIDDLEWARE:
        middleware(event)
    sqs = boto3.client("sqs", region_name=os.environ.get("QUEUE_REGION"))
    return sqs.meta.region_name


def entered_handler(event, context):
    # The block runs after __enter__ set the region.
    with TenantRegion(event):
        sns = boto3.client("sns")
        return sns.meta.region_name
