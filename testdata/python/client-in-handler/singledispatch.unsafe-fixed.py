# functools.singledispatch: a call of the dispatcher runs the implementation
# registered for its argument's type, so the handler reaches each of them.
# RUN: %expect %s --handler singledispatch.handler
import functools
import os

import boto3

s3 = boto3.client("s3")
sns = boto3.client("sns", region_name=os.environ["ALERT_REGION"])
sqs = boto3.client("sqs")


@functools.singledispatch
def process(payload):
    # expect: client-in-handler
    return {"kind": "object", "region": s3.meta.region_name}


@process.register
def _(payload: list):
    # expect: client-in-handler
    return {"kind": "batch", "region": sns.meta.region_name}


@process.register(dict)
def _from_mapping(payload):
    # expect: client-in-handler
    return {"kind": "mapping", "region": sqs.meta.region_name}


def unregistered(payload):
    # ok: client-in-handler
    return boto3.client("sts")


def handler(event, context):
    return process(event.get("payload", "key"))
