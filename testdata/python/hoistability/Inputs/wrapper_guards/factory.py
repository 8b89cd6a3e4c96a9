import functools
import os

import boto3


def require_env(name):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(event, context):
            if name not in os.environ:
                return {"statusCode": 500, "body": name + " is not set"}
            return fn(event, context)

        return wrapper

    return decorate


@require_env("S3_ENDPOINT")
def handler(event, context):
    s3 = boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"])
    return s3.meta.endpoint_url
