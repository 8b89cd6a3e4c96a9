# RUN: %expect %s
# A lazy cache that every invocation empties again keeps nothing: what its
# test guards is built on every invocation (trial 25: L02, a helper that
# sets the global back to None in the handler's 'finally'). Its author
# drops the object on purpose, so the hoist, which keeps one object for
# every invocation and leaves the emptying in place, is unsafe. Emptied
# only on an error or on some invocations, the cache still caches. A
# decorator's wrapper that empties it after every call, and a function
# attribute deleted every time, empty it too (trial 26: L07, L02), and so
# does clearing a memoized function's cache (Z02).
import functools

import boto3

_client = None
s3_client = boto3.client("s3")
dynamodb_resource = boto3.resource("dynamodb")
sqs_client = boto3.client("sqs")
ssm_client = boto3.client("ssm")
kinesis_client = boto3.client("kinesis")


def get_client():
    global _client
    if _client is None:
        # expect: client-in-handler
        _client = s3_client
    return _client


def reset():
    global _client
    _client = None


def handler(event, context):
    try:
        return {"region": get_client().meta.region_name}
    finally:
        reset()


_table = None


def end_handler(event, context):
    global _table
    if _table is None:
        # expect: client-in-handler
        _table = dynamodb_resource.Table("orders")
    name = _table.name
    _table = None
    return {"table": name}


CLIENTS = {}


def dict_handler(event, context):
    if "sqs" not in CLIENTS:
        # expect: client-in-handler
        CLIENTS["sqs"] = sqs_client
    region = CLIENTS["sqs"].meta.region_name
    CLIENTS.clear()
    return {"region": region}


_kept = None


def error_handler(event, context):
    global _kept
    if _kept is None:
        # ok: client-in-handler
        _kept = boto3.client("sns")
    try:
        return {"region": _kept.meta.region_name}
    except Exception:
        _kept = None
        raise


_sometimes = None


def branch_handler(event, context):
    global _sometimes
    if _sometimes is None:
        # ok: client-in-handler
        _sometimes = boto3.client("kms")
    region = _sometimes.meta.region_name
    if event.get("reset"):
        _sometimes = None
    return {"region": region}


_early = None


def early_return_handler(event, context):
    global _early
    if _early is None:
        # ok: client-in-handler
        _early = boto3.client("sts")
    return {"region": _early.meta.region_name}
    _early = None


_wrapped = None


def fresh_clients(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        global _wrapped
        try:
            return fn(event, context)
        finally:
            _wrapped = None

    return wrapper


@fresh_clients
def wrapped_handler(event, context):
    global _wrapped
    if _wrapped is None:
        # expect: client-in-handler
        _wrapped = ssm_client
    return {"region": _wrapped.meta.region_name}


def attribute_handler(event, context):
    if not hasattr(attribute_handler, "logs"):
        # expect: client-in-handler
        attribute_handler.logs = boto3.client("logs")
    try:
        return {"region": attribute_handler.logs.meta.region_name}
    finally:
        del attribute_handler.logs


@functools.lru_cache(maxsize=None)
def get_kinesis():
    # expect: client-in-handler
    return kinesis_client


def cache_cleared_handler(event, context):
    get_kinesis.cache_clear()
    return {"region": get_kinesis().meta.region_name}


@functools.lru_cache(maxsize=None)
def get_firehose():
    # ok: client-in-handler
    return boto3.client("firehose")


def cache_kept_handler(event, context):
    return {"region": get_firehose().meta.region_name}
