# RUN: %expect %s
# os.environ as a function's default argument: the function writes it
# through its parameter, and hoist does not follow a default. A client built
# after the call reads what was written: no safe fix.
import os

import boto3


def set_env(key, value, env=os.environ):
    env[key] = value

s3 = boto3.client("s3")


def handler(event, context):
    if "region" in event:
        set_env("AWS_DEFAULT_REGION", event["region"])
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name
