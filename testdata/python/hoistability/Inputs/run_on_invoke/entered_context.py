import contextlib
import os

import boto3


class Region:
    def __init__(self, region):
        self.region = region

    def __enter__(self):
        os.environ["BUCKET_REGION"] = self.region

    def __exit__(self, *exc):
        return False


def handler(event, context):
    stack = contextlib.ExitStack()
    stack.enter_context(Region(event.get("region", "us-west-2")))
    s3 = boto3.client("s3", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return s3.meta.region_name
