# RUN: %expect %s
# Code on the invoke path that reads frames (`sys._getframe()`,
# `inspect.currentframe()`, a frame's `f_locals`) sees the locals a hoist
# takes out of a function and the module-level names it adds; a function
# that lists its own locals (`locals()`, `vars()`, `dir()`) no longer lists
# the one that moved: no safe hoist. A helper listing its own locals, `dir`
# of an object, and `globals()` read by a literal key see nothing change.
import inspect
import sys

import boto3

VERSION = "1"


def caller_locals():
    return sorted(inspect.currentframe().f_back.f_locals)


def inspecting_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    return {"locals": caller_locals(), "region": s3.meta.region_name}


def frame_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name="us-east-1")
    names = sorted(sys._getframe().f_locals)
    return {"locals": names, "region": sqs.meta.region_name}


def dir_handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name="us-east-1")
    return {"locals": sorted(dir()), "region": sns.meta.region_name}


def vars_handler(event, context):
    # expect: client-in-handler[hoistable]
    kinesis = boto3.client("kinesis", region_name="us-east-1")
    return {"locals": sorted(vars()), "region": kinesis.meta.region_name}


def describe(name, region):
    return sorted(locals())


def plain_handler(event, context):
    # expect: client-in-handler[hoistable]
    lambda_client = boto3.client("lambda", region_name="us-east-1")
    return {
        "locals": describe("lambda", lambda_client.meta.region_name),
        "methods": "invoke" in dir(lambda_client),
        "version": globals()["VERSION"],
    }
