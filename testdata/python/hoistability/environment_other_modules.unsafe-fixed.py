# RUN: %expect %s
# `os` is reachable as other modules' attributes (`subprocess.os`,
# `tempfile._os`, a project module's `util.os`), as what a call or lookup
# gives (`sys.modules["posixpath"].os`, `inspect.getmodule(os.getenv)`), and
# through a function's globals (`os.getenv.__globals__["environ"]`): a
# write to the environment through any of them comes before a client that
# reads it, so none gets a safe fix.
import inspect
import logging
import os
import subprocess
import sys
import tempfile

import boto3

GLOBALS = os.getenv.__globals__
s3 = boto3.client("s3")
sqs = boto3.client("sqs")
sns = boto3.client("sns")
ssm = boto3.client("ssm")
kms = boto3.client("kms")
sts = boto3.client("sts")
ses = boto3.client("ses")
athena = boto3.client("athena")


def module_attribute_handler(event, context):
    subprocess.os.environ["AWS_DEFAULT_REGION"] = event["region"]
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def private_attribute_handler(event, context):
    tempfile._os.environ["AWS_DEFAULT_REGION"] = event["region"]
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name


def method_handler(event, context):
    logging.os.environ.update(AWS_DEFAULT_REGION=event["region"])
    # expect: client-in-handler[hoistable]
    return sns.meta.region_name


def lookup_handler(event, context):
    sys.modules["posixpath"].os.environ["AWS_DEFAULT_REGION"] = event["region"]
    # expect: client-in-handler[hoistable]
    return ssm.meta.region_name


def call_handler(event, context):
    inspect.getmodule(os.getenv).environ["AWS_DEFAULT_REGION"] = event["region"]
    # expect: client-in-handler[hoistable]
    return kms.meta.region_name


def globals_handler(event, context):
    os.getenv.__globals__["environ"]["AWS_DEFAULT_REGION"] = event["region"]
    # expect: client-in-handler[hoistable]
    return sts.meta.region_name


def kept_globals_handler(event, context):
    GLOBALS["environ"]["AWS_DEFAULT_REGION"] = event["region"]
    # expect: client-in-handler[hoistable]
    return ses.meta.region_name


class Request:
    def __init__(self):
        self.environ = {}


def request_handler(event, context):
    # A request's `environ` is its own: the client keeps its safe fix.
    request = Request()
    request.environ["REMOTE_USER"] = event.get("user", "")
    # expect: client-in-handler[hoistable]
    return request.environ["REMOTE_USER"], athena.meta.region_name
