import functools
import os
import time

import boto3


def timed(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        started = time.monotonic()
        response = fn(event, context)
        print("took", time.monotonic() - started)
        return response

    return wrapper


@timed
def handler(event, context):
    ddb = boto3.client("dynamodb", endpoint_url=os.environ.get("DDB_ENDPOINT", "http://127.0.0.1:8000"))
    return ddb.meta.endpoint_url
