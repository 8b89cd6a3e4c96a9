# RUN: %expect %s
# Lambda sets AWS_LAMBDA_FUNCTION_NAME and LAMBDA_TASK_ROOT in every
# function: a branch taken only when they are unset (a developer's profile
# on a laptop) never runs there, and what it builds is not reported.
import os

import boto3


def _session():
    if os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):
        # expect: client-in-handler
        return boto3.Session()
    else:
        # ok: client-in-handler
        return boto3.Session(profile_name="sandbox-administrator")


def _client():
    if "LAMBDA_TASK_ROOT" not in os.environ:
        # ok: client-in-handler
        return boto3.client("s3", endpoint_url="http://localhost:4566")
    # expect: client-in-handler
    return boto3.client("s3")


def _table():
    if os.getenv("AWS_LAMBDA_FUNCTION_NAME") is None:
        # ok: client-in-handler
        return boto3.resource("dynamodb", endpoint_url="http://localhost:8000")
    # A variable Lambda does not set decides nothing.
    if os.getenv("LOCAL_DYNAMO"):
        # expect: client-in-handler
        return boto3.resource("dynamodb", endpoint_url=os.environ["LOCAL_DYNAMO"])
    # expect: client-in-handler
    return boto3.resource("dynamodb")


def handler(event, context):
    return {
        "session": _session().region_name,
        "bucket_region": _client().meta.region_name,
        "table": _table().meta.client.meta.region_name,
    }
