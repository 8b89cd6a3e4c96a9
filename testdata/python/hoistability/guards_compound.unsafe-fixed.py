# RUN: %expect %s
# A test that can end the function before a construction that can fail (a
# variable read as an item) guards it, wherever the test is: in a `try` whose
# `except` returns, or inside a loop. Hoisted, the construction would fail
# INIT where the guard answered. No safe fix.
import os

import boto3

REQUIRED = ("QUEUE_ENDPOINT", "QUEUE_URL")
logs = boto3.client("logs", endpoint_url=os.environ["AUDIT_ENDPOINT"])
sqs = boto3.client("sqs", endpoint_url=os.environ["QUEUE_ENDPOINT"])


def try_guard_handler(event, context):
    try:
        os.environ["AUDIT_ENDPOINT"]
    except KeyError:
        return {"statusCode": 503, "body": "audit endpoint not configured"}
    # expect: client-in-handler[hoistable]
    return {"statusCode": 200, "endpoint": logs.meta.endpoint_url}


def loop_guard_handler(event, context):
    for name in REQUIRED:
        if not os.environ.get(name):
            return {"statusCode": 500, "missing": name}
    # expect: client-in-handler[hoistable]
    return {"statusCode": 200, "endpoint": sqs.meta.endpoint_url}
