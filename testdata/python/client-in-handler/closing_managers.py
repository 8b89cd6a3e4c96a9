# RUN: %expect %s
# A client built inside the call of a 'with' statement's context manager is
# given to it, and it may close it when the block ends: kept at module
# scope, the next invocation would get it closed. No fix.
import contextlib

import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    with contextlib.closing(boto3.client("s3")) as s3:
        return s3.meta.region_name
