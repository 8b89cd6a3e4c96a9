# RUN: %expect %s
# A decorator's wrapper runs in place of what it decorates, on every call:
# what it builds is built on every invocation (trial 25: D06, Q09). The
# decorator's own body runs once, when the function is defined.
import functools

import boto3


def with_s3(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        # expect: client-in-handler
        return fn(event, context, boto3.client("s3"))

    return wrapper


@with_s3
def injected_handler(event, context, s3):
    return {"region": s3.meta.region_name}


def with_client(service):
    def decorate(fn):
        def wrapper(event, context):
            # expect: client-in-handler
            client = boto3.client(service)
            return fn(event, context, client)

        return wrapper

    return decorate


@with_client("sqs")
def factory_handler(event, context, sqs):
    return {"region": sqs.meta.region_name}


def audited(fn):
    def wrapper(event, context):
        # expect: client-in-handler
        logs = boto3.client("logs")
        logs.meta.region_name
        return fn(event, context)

    return wrapper


def _plain_handler(event, context):
    return {"ok": True}


plain_handler = audited(_plain_handler)


class Traced:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, event, context):
        # expect: client-in-handler
        xray = boto3.client("xray")
        return self.fn(event, context, xray)


@Traced
def traced_handler(event, context, xray):
    return {"region": xray.meta.region_name}


class Tabled:
    """Applied by a call: its __call__ runs on Lambda's thread, so a resource
    (not thread-safe) is judged as a client is (trial 26 E1: hoist crashed)."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, event, context):
        # expect: client-in-handler
        ddb = boto3.resource("dynamodb")
        return self.fn(event, context, ddb.meta.client.meta.region_name)


def _tabled_handler(event, context, region=None):
    return {"region": region}


tabled_handler = Tabled(_tabled_handler)
