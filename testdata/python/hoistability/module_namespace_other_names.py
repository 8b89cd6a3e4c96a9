# RUN: %expect %s
# The module's namespace reached by other names (trial 36py, kind C): the
# module `inspect.getmodule(handler)` gives, an item of a function's
# `__globals__` (its `update` may set any name: see
# module_namespace_other_names.test). Each rebinds the name the construction reads on
# the invocation that runs it: no fix. A name only read keeps the safe fix.
import inspect

import boto3

REGION = "us-east-1"
ITEM_REGION = "us-east-1"
READ_REGION = "us-east-1"


def getmodule_handler(event, context):
    if "region" in event:
        inspect.getmodule(getmodule_handler).REGION = event["region"]
    # expect: client-in-handler[not-hoistable]
    ssm = boto3.client("ssm", region_name=REGION)
    return ssm.meta.region_name


def globals_item_handler(event, context):
    if "region" in event:
        globals_item_handler.__globals__["ITEM_REGION"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=ITEM_REGION)
    return sqs.meta.region_name


def reading_handler(event, context):
    name = inspect.getmodule(reading_handler).__name__
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=READ_REGION)
    return [s3.meta.region_name, name]
