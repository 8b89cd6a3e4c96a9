# RUN: %expect %s
# A string method of an environment read with a literal default is a string
# of the environment: the local moves to module scope with the client
# (trial 12 O4). Without a default the read may be None, whose '.strip()'
# hoist does not take for a string method: no fix.
import os

import boto3


def handler(event, context):
    region = os.environ.get("TARGET_REGION", " US-WEST-2 ").strip().lower()
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=region)
    return s3.meta.region_name


def unset_handler(event, context):
    region = os.environ.get("QUEUE_REGION").strip()
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=region)
    return sqs.meta.region_name
