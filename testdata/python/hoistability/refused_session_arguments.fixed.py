# RUN: %expect %s
# RUN: %exits 1 %hoist check %s | %FileCheck %s
# A client made from a session is checked against the session's arguments
# too: botocore refuses a malformed region of the session when it builds the
# client (InvalidRegionError, ValueError for an empty one), and a named
# profile may be missing (ProfileNotFound: at Session() for boto3, when a
# botocore session builds its first client), also given by position or in
# a '**' dictionary. The session may be built with the client, in the
# function, or once at module scope. Built inside a 'try' that handles the
# error or on a branch, such a client fails one invocation; at INIT it
# would fail every one: no safe fix. A session whose region botocore
# accepts keeps the fix.
import os

import boto3
import botocore.session

ARCHIVE = boto3.Session(region_name="eu west 1")
EMPTY_REGION = boto3.session.Session(region_name="")
SESSION_OPTIONS = {"region_name": "us_east_1"}
REPLICA = boto3.Session(region_name="eu-west-1")
sns = REPLICA.client("sns")
kms = boto3.Session(region_name="eu-central-1").client("kms")


def module_session_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: it runs inside a 'try' that handles its errors, and the moved code can raise: botocore refuses 'region_name="eu west 1"': at INIT that would fail every invocation
        # expect: client-in-handler[hoistable]
        glacier = ARCHIVE.client("glacier")
    except Exception as error:
        return {"error": type(error).__name__}
    return {"region": glacier.meta.region_name}


def empty_region_handler(event, context):
    if event.get("kind") == "a":
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: it runs only on some invocations, and the moved code can raise: botocore refuses 'region_name=""'
        # expect: client-in-handler[hoistable]
        s3 = EMPTY_REGION.client("s3")
        return {"region": s3.meta.region_name}
    return {"region": None}


def positional_region_handler(event, context):
    if event.get("kind") == "a":
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}botocore refuses '"bad region"'
        # expect: client-in-handler[hoistable]
        sqs = boto3.Session(None, None, None, "bad region").client("sqs")
        return {"region": sqs.meta.region_name}
    return {"region": None}


def positional_profile_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}a named profile, which Lambda's environment seldom has, can be missing
        # expect: client-in-handler[hoistable]
        session = boto3.session.Session(None, None, None, None, None, os.environ.get("PROFILE", "dev"))
        # expect: client-in-handler[hoistable]
        ssm = session.client("ssm")
    except Exception as error:
        return {"error": type(error).__name__}
    return {"region": ssm.meta.region_name}


def splat_session_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}botocore refuses '**SESSION_OPTIONS'
        # expect: client-in-handler[hoistable]
        table = boto3.Session(**SESSION_OPTIONS).resource("dynamodb").Table("orders")
    except Exception as error:
        return {"error": type(error).__name__}
    return {"table": table.name}


def botocore_profile_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}a named profile, which Lambda's environment seldom has, can be missing
        # expect: client-in-handler[hoistable]
        client = botocore.session.Session(profile="reports").create_client("s3")
    except Exception as error:
        return {"error": type(error).__name__}
    return {"region": client.meta.region_name}


def accepted_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}note: safe fix available
        # expect: client-in-handler[hoistable]
        pass
    except Exception as error:
        return {"error": type(error).__name__}
    return {"region": sns.meta.region_name}


def accepted_chained_handler(event, context):
    if event.get("kind") == "a":
        # CHECK: :[[@LINE+2]]:{{.*}}note: safe fix available
        # expect: client-in-handler[hoistable]
        return {"region": kms.meta.region_name}
    return {"region": None}
