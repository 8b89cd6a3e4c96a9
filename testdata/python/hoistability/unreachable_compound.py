# RUN: %expect %s
# Code after a statement every way out of which leaves the function never
# runs: nothing there is reported, so nothing is hoisted to run at INIT. Code
# after one that can fall through is reported as usual.
import json
import os
import threading

import boto3

LOCK = threading.Lock()


def after_if_else(event, context):
    if event.get("ok"):
        return {"status": "ok"}
    else:
        return {"status": "skipped"}
    # ok: client-in-handler
    return boto3.client("sns", region_name=os.environ["ALERT_REGION"])


def after_try(event, context):
    try:
        return {"parsed": json.loads(event["body"])}
    except ValueError:
        return {"parsed": None}
    finally:
        pass
    # ok: client-in-handler
    return boto3.client("s3", endpoint_url=os.environ["DEBUG_ENDPOINT"])


def after_with(event, context):
    with LOCK:
        return {"locked": True}
    # ok: client-in-handler
    return boto3.client("events", endpoint_url=os.environ["BUS_ENDPOINT"])


def after_endless_loop(event, context):
    attempt = 0
    while True:
        attempt += 1
        if attempt >= event.get("n", 1):
            return {"attempts": attempt}
    # ok: client-in-handler
    return boto3.client("sqs", endpoint_url=os.environ["FALLBACK_ENDPOINT"])


def after_assert_false(event, context):
    assert False, "removed in v2"
    # ok: client-in-handler
    return boto3.client("dynamodb", region_name=os.environ["LEGACY_REGION"])


def after_exhaustive_match(event, context):
    match event.get("type"):
        case "a":
            return {"handled": "a"}
        case _:
            return {"handled": "default"}
    # ok: client-in-handler
    return boto3.client("sqs", endpoint_url=os.environ["DLQ_ENDPOINT"])


def after_if_without_else(event, context):
    if event.get("ok"):
        return {"status": "ok"}
    # expect: client-in-handler
    return boto3.client("sns")


def after_try_whose_handler_falls_through(event, context):
    try:
        return {"parsed": json.loads(event["body"])}
    except ValueError:
        pass
    # expect: client-in-handler
    return boto3.client("s3")


def after_loop_with_break(event, context):
    while True:
        if event.get("stop"):
            break
        return {"looped": True}
    # expect: client-in-handler
    return boto3.client("sqs")


def after_match_without_default(event, context):
    match event.get("type"):
        case "a":
            return {"handled": "a"}
        case "b" | "c":
            return {"handled": "b"}
    # expect: client-in-handler
    return boto3.client("sqs")
