# RUN: %expect %s
# Lambda sets the region and no other SDK setting unless the function's
# configuration does, so a client built from accepted arguments fails at
# INIT exactly when it would on every invocation. Code that catches what
# building raises, or reads an SDK setting itself, expects otherwise: its
# construction gets no safe fix. Catching what calls raise (ClientError)
# says nothing about building.
import os

import boto3
from botocore.exceptions import ClientError, ProfileNotFound
import botocore.exceptions

s3 = boto3.client("s3")
sqs_client = boto3.client("sqs")
sns = boto3.client("sns")
ddb = boto3.client("dynamodb")
kms = boto3.client("kms")


def profile_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        pass
    except ProfileNotFound:
        return {"statusCode": 500, "body": "no profile"}
    return {"statusCode": 200, "body": s3.meta.region_name}


def make_queue():
    # expect: client-in-handler[hoistable]
    return sqs_client


def caller_handler(event, context):
    try:
        sqs = make_queue()
    except (KeyError, botocore.exceptions.NoRegionError):
        return {"statusCode": 500}
    return {"statusCode": 200, "body": sqs.meta.region_name}


def guarded_handler(event, context):
    if os.environ.get("AWS_PROFILE"):
        return {"statusCode": 400, "body": "profiles are not used here"}
    # expect: client-in-handler[hoistable]
    return {"statusCode": 200, "body": sns.meta.region_name}


def calls_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        return {"statusCode": 200, "body": ddb.meta.region_name}
    except ClientError:
        return {"statusCode": 502}


def region_handler(event, context):
    # Lambda always sets the region: reading it expects nothing unusual.
    region = os.environ["AWS_REGION"]
    # expect: client-in-handler[hoistable]
    return {"statusCode": 200, "body": [region, kms.meta.region_name]}
