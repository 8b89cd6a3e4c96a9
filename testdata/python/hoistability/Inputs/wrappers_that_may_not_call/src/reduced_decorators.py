import functools
import os

import boto3
from eventlib import validate


def handler(event, context):
    s3 = boto3.client("s3", endpoint_url=os.environ["ARCHIVE_ENDPOINT"])
    return s3.meta.endpoint_url


handler = functools.reduce(lambda fn, wrap: wrap(fn), [validate(["archive"])], handler)
