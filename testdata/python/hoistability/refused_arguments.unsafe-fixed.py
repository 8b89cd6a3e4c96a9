# RUN: %expect %s
# botocore refuses an endpoint without a scheme and a malformed region
# (ValueError, InvalidRegionError), and a runtime whose SDK is newer than a
# service AWS has retired cannot build its client (UnknownServiceError).
# Built inside a 'try' that handles the error, such a construction answers;
# built at INIT, it would fail every invocation. An argument read from the
# environment may be malformed too; Lambda's own AWS_REGION never is.
import os

import boto3
from botocore.exceptions import BotoCoreError

s3 = boto3.client("s3", endpoint_url=os.environ.get("S3_URL", "localhost:4566"))
sqs = boto3.client("sqs", region_name=os.environ.get("DR_REGION", "eu west 1"))
sns = boto3.client("sns", region_name="eu-west-1 ")
ledger = boto3.client("qldb", region_name="us-east-1")
kms = boto3.client("kms", region_name=os.environ.get("AWS_REGION"))


def endpoint_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        pass
    except ValueError:
        return {"endpoint": "invalid"}
    return {"endpoint": s3.meta.endpoint_url}


def region_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        pass
    except BotoCoreError as error:
        return {"error": type(error).__name__}
    return {"region": sqs.meta.region_name}


def literal_region_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        pass
    except BotoCoreError as error:
        return {"error": type(error).__name__}
    return {"region": sns.meta.region_name}


def retired_service_handler(event, context):
    if event.get("legacy"):
        # expect: client-in-handler[hoistable]
        return {"ledger": ledger.meta.service_model.service_name}
    return {"ledger": None}


def lambda_region_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        pass
    except BotoCoreError as error:
        return {"error": type(error).__name__}
    return {"region": kms.meta.region_name}
