# RUN: %expect %s
# A module-level name that a function rebinds (`global REGION`) holds one
# value for every invocation when only module-level code calls that
# function: it runs at INIT, before any invocation, and the hoisted client
# follows the call. One the invoke path may call again, or that is handed
# on (a list of hooks, a thread's target), may rebind it between
# invocations: no fix.
import os

import boto3

REGION = None
BUCKET_REGION = None
QUEUE_REGION = None


def configure():
    global REGION
    REGION = os.environ["AWS_REGION"]


def configure_bucket(region=None):
    global BUCKET_REGION
    BUCKET_REGION = region or os.environ["AWS_REGION"]


def configure_queue():
    global QUEUE_REGION
    QUEUE_REGION = os.environ["AWS_REGION"] if QUEUE_REGION is None else "eu-west-1"


configure()
configure_bucket()
configure_queue()
HOOKS = [configure_queue]


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=REGION)
    return s3.meta.region_name


def bucket_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=BUCKET_REGION)
    configure_bucket(event.get("region"))
    return s3.meta.region_name


def queue_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=QUEUE_REGION)
    for hook in HOOKS:
        hook()
    return sqs.meta.region_name
