import os

import boto3
import eventlib


def _impl(event, context):
    s3 = boto3.client("s3", endpoint_url=os.environ["ARCHIVE_ENDPOINT"])
    return s3.meta.endpoint_url


handler = eventlib.wrap(_impl)
