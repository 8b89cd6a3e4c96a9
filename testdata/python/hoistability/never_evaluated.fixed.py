# RUN: %expect %s
# An assert's message runs only when the assert fails (and never under
# 'python -O'): built there, a construction is not built on every
# invocation, and at INIT its failure would fail every one. Python never
# evaluates the annotation of a function's local: nothing is built there.
import os

import boto3

sts_client = boto3.client("sts", region_name="us-east-1")


def checked_handler(event, context):
    # expect: client-in-handler[hoistable]
    assert event is not None, boto3.client("s3", region_name=os.environ["ORDERS_REGION"]).meta.region_name
    return {"ok": True}


def formatted_message_handler(event, context):
    # expect: client-in-handler[hoistable]
    assert event, f"empty event in {boto3.client('sqs', region_name=os.environ['ORDERS_REGION']).meta.region_name}"
    return {"ok": True}


def annotated_handler(event, context):
    # ok: client-in-handler
    value: boto3.client("s3", region_name=os.environ["ORDERS_REGION"]).meta.region_name = event.get("n")
    return {"value": value}


def checked_first_handler(event, context):
    # The test itself runs every time.
    # expect: client-in-handler[hoistable]
    assert sts_client.meta.region_name, "no region"
    return {"ok": True}
