# RUN: %expect %s
# The environment written through a target that is not a plain
# `os.environ[k] = v`: one element of a tuple target, a loop's target, a
# `with ... as` target. Each changes the region a client built after it
# reads: no safe fix. A tuple target that only reads the environment keeps
# it.
import contextlib
import os

import boto3

logs = boto3.client("logs")


@contextlib.contextmanager
def region_for(event):
    yield event.get("region", "us-east-1")


def tuple_handler(event, context):
    if "region" in event:
        r = event["region"]
        os.environ["AWS_DEFAULT_REGION"], os.environ["AWS_REGION"] = r, r
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def for_handler(event, context):
    for os.environ["AWS_DEFAULT_REGION"] in event.get("regions", []):
        pass
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return sns.meta.region_name


def with_handler(event, context):
    with region_for(event) as os.environ["AWS_DEFAULT_REGION"]:
        pass
    # expect: client-in-handler[hoistable]
    kms = boto3.client("kms")
    return kms.meta.region_name


def reading_handler(event, context):
    region, stage = os.environ.get("AWS_DEFAULT_REGION"), event.get("stage")
    # expect: client-in-handler[hoistable]
    return [logs.meta.region_name, region, stage]
