# RUN: %expect %s
# The memoizing fix caches by values that repeat (a region, a table name
# from the event), in a bounded cache; never by secrets, nor by objects made
# per invocation; and it never trusts a module's rebound 'functools'.
import os

import boto3
from botocore.config import Config

import functools
functools = None


def region_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=event["region"])
    return s3.meta.region_name


def default_region_handler(event, context):
    # The event's region, or the function's own: either repeats.
    region = event.get("region", os.environ.get("AWS_REGION"))
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=region)
    return sqs.meta.region_name


def secret_handler(event, context):
    # Credentials carried by the event: per-invocation by nature, not reported
    # by default (credential_messages.test has it reported, with no cache).
    # ok: client-in-handler
    s3 = boto3.client(
        "s3",
        aws_access_key_id=event["key"],
        aws_secret_access_key=event["secret"],
        aws_session_token=event["token"],
    )
    return s3.meta.region_name


def timeout_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client(
        "s3", config=Config(read_timeout=context.get_remaining_time_in_millis())
    )
    return s3.meta.region_name


def count_calls(**kwargs):
    CALLS.append(kwargs.get("event_name"))


CALLS = []


def hooked_handler(event, context):
    # Cached, the client would keep the hooks of every invocation with the
    # same region.
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=event.get("region", "us-east-1"))
    s3.meta.events.register("before-call", count_calls)
    return s3.meta.region_name


def closed_handler(event, context):
    # Cached, the next invocation with the same region would get it closed.
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=event.get("region", "us-east-1"))
    try:
        return sqs.meta.region_name
    finally:
        sqs.close()
