import functools
import os

import boto3


def require_env(*names):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(event, context):
            missing = [name for name in names if name not in os.environ]
            if missing:
                return {"statusCode": 500, "missing": missing}
            return fn(event, context)
        return wrapper
    return decorator


@require_env("S3_ENDPOINT")
def handler(event, context):
    s3 = boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"])
    return s3.meta.endpoint_url
