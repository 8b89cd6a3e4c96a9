import functools
import os

import boto3


def retired(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        return {"statusCode": 410}
    return wrapper


@retired
def handler(event, context):
    s3 = boto3.client("s3", endpoint_url=os.environ["ARCHIVE_ENDPOINT"])
    return s3.meta.endpoint_url
