# RUN: %expect %s
# Wrappers that turn a failure into an answer without an 'except': a context
# manager whose __exit__ returns True, contextlib.suppress, a 'return' in
# 'finally'. The construction can fail (ALERT_REGION is not set): at INIT,
# nothing would answer for it.
import contextlib
import functools
import os

import boto3


class ErrorBoundary:
    def __enter__(self):
        self.response = None
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            self.response = {"statusCode": 500, "body": exc_type.__name__}
        return True


def api(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        with ErrorBoundary() as boundary:
            return fn(event, context)
        return boundary.response
    return wrapper


def never_fail(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        with contextlib.suppress(Exception):
            return fn(event, context)
        return {"statusCode": 500}
    return wrapper


def always_answer(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        response = {"statusCode": 500}
        try:
            response = fn(event, context)
        finally:
            return response  # noqa: B012
    return wrapper


@api
def boundary_handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name=os.environ["ALERT_REGION"])
    return {"statusCode": 200, "body": sns.meta.region_name}


@never_fail
def suppress_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name=os.environ["ALERT_REGION"])
    return {"statusCode": 200, "body": sqs.meta.region_name}


@always_answer
def finally_handler(event, context):
    # expect: client-in-handler[hoistable]
    sts = boto3.client("sts", region_name=os.environ["ALERT_REGION"])
    return {"statusCode": 200, "body": sts.meta.region_name}
