# RUN: %expect %s
# A traceback made with capture_locals=True reads its frames' locals, and a
# function's code object (`__code__.co_varnames`, `co_nlocals`) lists its
# own: the local a hoist takes out of the function would be missing. No
# safe fix. capture_locals=False reads none.
import sys
import traceback

import boto3


def traceback_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    try:
        return {"value": event["value"], "region": s3.meta.region_name}
    except KeyError:
        te = traceback.TracebackException(*sys.exc_info(), capture_locals=True)
        return {"locals": sorted(te.stack[-1].locals or {})}


def from_exception_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name="us-east-1")
    try:
        return {"value": event["value"], "region": sqs.meta.region_name}
    except KeyError as e:
        te = traceback.TracebackException.from_exception(e, capture_locals=True)
        return {"locals": sorted(te.stack[-1].locals or {})}


def summary_handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name="us-east-1")
    try:
        return {"value": event["value"], "region": sns.meta.region_name}
    except KeyError:
        stack = traceback.StackSummary.extract(
            traceback.walk_tb(sys.exc_info()[2]), capture_locals=True
        )
        return {"lines": len(stack.format())}


def code_handler(event, context):
    # expect: client-in-handler[hoistable]
    kinesis = boto3.client("kinesis", region_name="us-east-1")
    return {
        "locals": code_handler.__code__.co_nlocals,
        "region": kinesis.meta.region_name,
    }


def plain_traceback_handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb", region_name="us-east-1")
    try:
        return {"value": event["value"], "region": ddb.meta.region_name}
    except KeyError as e:
        te = traceback.TracebackException.from_exception(e, capture_locals=False)
        return {"error": "".join(te.format_exception_only()).strip()}
