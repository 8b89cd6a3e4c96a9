# RUN: %expect %s
# Constructions with constant arguments can fail too (a missing profile, a
# service the SDK does not know, an endpoint without a scheme). Under a 'try' that handles errors their
# failure is expected; under 'if' a construction that can fail may never
# run: at INIT the failure would fail every invocation. No safe fix. A
# construction that cannot fail (a service every SDK knows) may move out of
# a branch.
import boto3
from botocore.exceptions import ProfileNotFound, UnknownServiceError


def profile_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        ops = boto3.Session(profile_name="ops-admin")
    except ProfileNotFound:
        return {"mode": "lambda-role"}
    return {"mode": "profile", "region": ops.region_name}


def preview_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        vectors = boto3.client("s3vectors-preview")
    except UnknownServiceError:
        return {"vectors": False}
    return {"vectors": vectors.meta.region_name}


def beta_handler(event, context):
    if event.get("kind") == "beta":
        # expect: client-in-handler[hoistable]
        beta = boto3.client("s3vectors-preview")
        return {"beta": beta.meta.region_name}
    return {"beta": None}


def local_table_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        local = boto3.client("dynamodb", endpoint_url="localhost:8000")
    except ValueError:
        return {"local": None}
    return {"local": local.meta.endpoint_url}


def branch_handler(event, context):
    if event.get("kind") == "archive":
        # expect: client-in-handler[hoistable]
        archive = boto3.client("s3")
        return {"archive": archive.meta.region_name}
    return {"archive": None}
