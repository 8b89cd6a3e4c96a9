# RUN: %expect %s
# A call of an item of a dispatch table may run any function stored in it:
# one of them sets the region. No safe fix.
import os

import boto3


def move(event):
    os.environ["AWS_DEFAULT_REGION"] = event["region"]


def stay(event):
    return None


ACTIONS = {"move": move, "stay": stay}


def handler(event, context):
    ACTIONS.get(event.get("op"), stay)(event)
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name
