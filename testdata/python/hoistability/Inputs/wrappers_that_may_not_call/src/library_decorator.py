import os

import boto3
from eventlib import validate


@validate(required=["archive"])
def handler(event, context):
    s3 = boto3.client("s3", endpoint_url=os.environ["ARCHIVE_ENDPOINT"])
    return s3.meta.endpoint_url
