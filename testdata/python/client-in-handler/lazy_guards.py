# RUN: %expect %s
# A client kept where the next invocation finds it and built only while it is
# missing is built once per execution environment: on a function attribute
# guarded by hasattr/getattr, and on a global whose read fails with
# NameError until the except clause binds it (trial 25: L05, L06).
import boto3


def attribute_handler(event, context):
    if not hasattr(attribute_handler, "sqs"):
        # ok: client-in-handler
        attribute_handler.sqs = boto3.client("sqs")
    return {"region": attribute_handler.sqs.meta.region_name}


def getattr_handler(event, context):
    if getattr(getattr_handler, "sns", None) is None:
        # ok: client-in-handler
        getattr_handler.sns = boto3.client("sns")
    return {"region": getattr_handler.sns.meta.region_name}


def dynamodb():
    global _ddb
    try:
        return _ddb
    except NameError:
        # ok: client-in-handler
        _ddb = boto3.client("dynamodb")
        return _ddb


def name_error_handler(event, context):
    return {"region": dynamodb().meta.region_name, "same": dynamodb() is dynamodb()}


def other_attribute_handler(event, context):
    # The test is of another attribute: built on every invocation.
    if not hasattr(other_attribute_handler, "ready"):
        other_attribute_handler.ready = True
    # expect: client-in-handler
    other_attribute_handler.kms = boto3.client("kms")
    return {"region": other_attribute_handler.kms.meta.region_name}


def kms():
    global _kms
    try:
        return _kms
    except ValueError:
        # A missing name raises NameError, which this does not catch: the
        # store is no guarded cache (and the read fails first).
        # expect: client-in-handler
        _kms = boto3.client("kms")
        return _kms


def value_error_handler(event, context):
    return {"region": kms().meta.region_name}
