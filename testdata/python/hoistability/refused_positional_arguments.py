# RUN: %expect %s
# RUN: %exits 1 %hoist check %s | %FileCheck %s
# botocore checks a client's arguments when it builds it however they are
# given: by position, as boto3.client(service_name, region_name,
# api_version, use_ssl, verify, endpoint_url, aws_access_key_id, ...) binds
# them, or as the keys of a '**' dictionary (bound in the function or once
# at module scope). Built inside a 'try' that handles the error or on a
# branch, such a construction fails one invocation; at INIT it would fail
# every one: no safe fix. A dictionary hoist cannot read may hold any
# argument. What botocore checks only when the client is first used
# ('verify', 'use_ssl') and arguments it accepts keep the safe fix.
import json
import os

import boto3

QUEUE_OPTIONS = {"endpoint_url": "localhost:9324"}
REPLICA = {"region_name": "eu-west-1", "endpoint_url": "http://localhost:4566"}


def positional_region_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: it runs inside a 'try' that handles its errors, and the moved code can raise: botocore refuses '"us east 1"': at INIT that would fail every invocation
        # expect: client-in-handler[hoistable]
        s3 = boto3.client("s3", "us east 1")
    except Exception as error:
        return {"error": type(error).__name__}
    return {"region": s3.meta.region_name}


def positional_endpoint_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}botocore refuses '"localhost:4566"'
        # expect: client-in-handler[hoistable]
        sns = boto3.client("sns", None, None, True, None, "localhost:4566")
    except ValueError:
        return {"endpoint": "invalid"}
    return {"endpoint": sns.meta.endpoint_url}


def positional_config_handler(event, context):
    if event.get("kind") == "a":
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: it runs only on some invocations, and the moved code can raise: '{"retries": 3}' is not a botocore Config (AttributeError)
        # expect: client-in-handler[hoistable]
        sts = boto3.client("sts", None, None, True, None, None, None, None, None, {"retries": 3})
        return {"region": sts.meta.region_name}
    return {"region": None}


def session_api_version_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}botocore refuses '"latest"'
        # expect: client-in-handler[hoistable]
        ddb = boto3.session.Session().client("dynamodb", None, "latest")
    except Exception as error:
        return {"error": type(error).__name__}
    return {"version": ddb.meta.service_model.api_version}


def local_splat_handler(event, context):
    options = {"region_name": "eu_west_1"}
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}botocore refuses '**options'
        # expect: client-in-handler[hoistable]
        kms = boto3.client("kms", **options)
    except Exception as error:
        return {"error": type(error).__name__}
    return {"region": kms.meta.region_name}


def module_splat_handler(event, context):
    if event.get("kind") != "a":
        return {"skipped": True}
    # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}botocore refuses '**QUEUE_OPTIONS'
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", **QUEUE_OPTIONS)
    return {"endpoint": sqs.meta.endpoint_url}


def unread_splat_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}botocore may refuse '**json.loads(os.environ.get("SSM_OPTIONS", "{}"))', a value hoist cannot read as one it accepts
        # expect: client-in-handler[hoistable]
        ssm = boto3.client("ssm", **json.loads(os.environ.get("SSM_OPTIONS", "{}")))
    except Exception as error:
        return {"error": type(error).__name__}
    return {"region": ssm.meta.region_name}


def accepted_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}note: safe fix available
        # expect: client-in-handler[hoistable]
        logs = boto3.client("logs", "eu-west-1", None, os.environ.get("USE_SSL"), os.environ.get("CA_BUNDLE", "/no/such/ca.pem"))
    except Exception as error:
        return {"error": type(error).__name__}
    return {"region": logs.meta.region_name}


def accepted_splat_handler(event, context):
    if event.get("kind") == "a":
        # CHECK: :[[@LINE+2]]:{{.*}}note: safe fix available
        # expect: client-in-handler[hoistable]
        s3 = boto3.client("s3", **REPLICA)
        return {"endpoint": s3.meta.endpoint_url}
    return {"endpoint": None}
