# RUN: %expect %s
# A handler bound to what a wrapper makes of a function ('handler =
# with_region(_handler)') is that function, with the wrapper's code around
# every call: here it sets the region the client reads, so the client stays.
import os

import boto3

s3 = boto3.client("s3", region_name=os.environ.get("TARGET_REGION"))


def _handler(event, context):
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def with_region(fn):
    def wrapper(event, context):
        os.environ["TARGET_REGION"] = event.get("region", "us-east-1")
        return fn(event, context)

    return wrapper


handler = with_region(_handler)
