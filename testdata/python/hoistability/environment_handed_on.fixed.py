# RUN: %expect %s
# os.environ handed on as a value is written wherever it goes: a project
# function that sets an item of its parameter, a class that keeps it and
# sets it in a method, a library call (a patch of the mapping), or reached
# through getattr. A client built after it reads what was written: no safe
# fix. Given to a function that only reads it, it changes nothing.
import os
from unittest import mock

import boto3

s3 = boto3.client("s3")


def apply_region(env, event):
    if "region" in event:
        env["AWS_DEFAULT_REGION"] = event["region"]


def count_variables(env):
    return len([name for name in env if name.startswith("AWS_")])


class Overrides:
    def __init__(self, target):
        self.target = target

    def apply(self, event):
        if "region" in event:
            self.target["AWS_DEFAULT_REGION"] = event["region"]


def parameter_handler(event, context):
    apply_region(os.environ, event)
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def stored_handler(event, context):
    Overrides(os.environ).apply(event)
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return sns.meta.region_name


def patched_handler(event, context):
    with mock.patch.dict(os.environ, {"AWS_DEFAULT_REGION": event.get("region", "us-east-1")}):
        # expect: client-in-handler[hoistable]
        ssm = boto3.client("ssm")
    return ssm.meta.region_name


def getattr_handler(event, context):
    env = getattr(os, "environ")
    if "region" in event:
        env["AWS_DEFAULT_REGION"] = event["region"]
    # expect: client-in-handler[hoistable]
    sts = boto3.client("sts")
    return sts.meta.region_name


def reading_handler(event, context):
    count = count_variables(os.environ)
    print(dict(os.environ).get("AWS_DEFAULT_REGION"))
    # expect: client-in-handler[hoistable]
    return [count > 0, s3.meta.region_name]
