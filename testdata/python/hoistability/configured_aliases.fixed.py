# RUN: %expect %s
# An object configured through another name, or by a helper it is passed
# to, carries that configuration into the next invocation: no hoist.
import boto3

CALLS = []
sqs = boto3.client("sqs")


def count_call(**kwargs):
    CALLS.append(1)


def chained_handler(event, context):
    # expect: client-in-handler[hoistable]
    a = b = boto3.client("s3")
    a.meta.events.register("before-call", count_call)
    return b.meta.region_name


def copied_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    client = s3
    client.meta.events.register("before-call", count_call)
    return s3.meta.region_name


def add_hook(client):
    client.meta.events.register("before-call", count_call)


def helper_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    add_hook(s3)
    return len(CALLS)


def describe(client):
    return client.meta.region_name


def reading_helper_handler(event, context):
    # A helper that only reads the client does not stop the hoist.
    # expect: client-in-handler[hoistable]
    return describe(sqs)
