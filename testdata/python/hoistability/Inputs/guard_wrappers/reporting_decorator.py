import contextlib
import functools
import os

import boto3


@contextlib.contextmanager
def reported(result):
    try:
        yield
    except Exception as exc:
        result["statusCode"] = 500
        result["error"] = type(exc).__name__


def api(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        result = {"statusCode": 200}
        with reported(result):
            result["body"] = fn(event, context)
        return result
    return wrapper


@api
def handler(event, context):
    s3 = boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"])
    return s3.meta.endpoint_url
