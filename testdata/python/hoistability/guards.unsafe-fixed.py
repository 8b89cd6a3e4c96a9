# RUN: %expect %s
# A test before the construction that can end the function, and reads what
# the construction reads, protects it: hoisted, it would run (and fail) at
# INIT. No safe fix.
import os

try:
    import boto3
except ImportError:
    boto3 = None

s3_client = boto3.client("s3", endpoint_url=os.environ["ENDPOINT"])
s3_client_2 = boto3.client("s3")
sqs_client = boto3.client("sqs", endpoint_url=os.environ["QUEUE_ENDPOINT"])
sns = boto3.client("sns")


def endpoint_handler(event, context):
    if "ENDPOINT" not in os.environ:
        return {"error": "no endpoint"}
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    return s3.meta.region_name


def optional_import_handler(event, context):
    if boto3 is None:
        return {"error": "boto3 is not installed"}
    # expect: client-in-handler[hoistable]
    s3 = s3_client_2
    return s3.meta.region_name


def make_queue():
    # expect: client-in-handler[hoistable]
    return sqs_client


def caller_handler(event, context):
    try:
        sqs = make_queue()
    except KeyError:
        return {"error": "no queue"}
    return sqs.meta.region_name


def unrelated_test_handler(event, context):
    # A test of the event only, but 'boto3' may be None (the optional
    # import above): built at INIT, it would fail where 'ping' succeeded.
    if event.get("ping"):
        return "pong"
    # expect: client-in-handler[hoistable]
    return sns.meta.region_name
