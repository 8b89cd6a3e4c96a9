# RUN: %expect %s
# os.environ read in place (an item, a method that reads, `in`, iterated,
# unpacked into a copy, given to a builtin) changes nothing: the client
# reads the same environment at INIT: safe.
import os

import boto3

s3 = boto3.client("s3")


def handler(event, context):
    names = [name for name in os.environ if name.startswith("AWS_")]
    copy = {**os.environ}
    configured = "AWS_DEFAULT_REGION" in os.environ and len(os.environ) > 0
    # expect: client-in-handler[hoistable]
    return [s3.meta.region_name, len(names) > 0, len(copy) > 0, configured]
