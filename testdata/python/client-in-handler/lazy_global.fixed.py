# RUN: %expect %s
import boto3

_s3 = None
_sqs = None
_kms = None
_sns = None
_CLIENTS = {}
s3_client = boto3.client("s3")
events_client = boto3.client("events")


def handler(event, context):
    global _s3, _sqs, _kms, _sns
    if _s3 is None:
        # ok: client-in-handler
        _s3 = boto3.client("s3")
    if not _sqs:
        # ok: client-in-handler
        _sqs = boto3.client("sqs")
    # ok: client-in-handler
    _kms = _kms or boto3.client("kms")
    if "ddb" not in _CLIENTS:
        # ok: client-in-handler
        _CLIENTS["ddb"] = boto3.client("dynamodb")
    # Stored globally, but rebuilt on every call: no guard.
    # expect: client-in-handler
    _sns = boto3.client("sns")
    # setdefault evaluates its argument every time; given to a method of
    # module state, the object may be kept beyond the invocation: no fix, as
    # for a local given to it.
    # expect: client-in-handler
    _CLIENTS.setdefault("sts", boto3.client("sts"))
    return _s3, _sqs, _kms, _sns


_lambda = None


def lambda_handler(event, context):
    global _lambda
    if _lambda is not None:
        return _lambda
    # ok: client-in-handler
    _lambda = boto3.client("lambda")
    return _lambda


def local_handler(event, context):
    s3 = None
    if s3 is None:
        # A local is None on every call: the guard does not help.
        # expect: client-in-handler
        s3 = s3_client
    return s3


_CACHE = {}


def cached_handler(event, context):
    client = _CACHE.get("ssm")
    if client is None:
        # A local read from the cache guards the store into it.
        # ok: client-in-handler
        client = _CACHE["ssm"] = boto3.client("ssm")
    return client


def uncached_handler(event, context):
    other = event.get("x")
    if other is None:
        # The condition tests something unrelated to the cache.
        # expect: client-in-handler
        _CACHE["events"] = events_client
    return _CACHE
