# RUN: %expect %s
# A dataclass's generated __init__ calls each field's default_factory the
# call does not give: a catalogued constructor given as the factory, as
# such or with its arguments bound by functools.partial, builds once per
# instance, so on every invocation that makes one (trial 25: P05). No fix:
# the call that builds it is the class's. A factory that is a lambda is
# reached as any function is.
import functools
from dataclasses import dataclass, field

import boto3
import requests

kms_client = functools.partial(boto3.client, "kms")()
sts_client = boto3.client("sts")


@dataclass
class Tables:
    name: str = "orders"
    # expect: client-in-handler
    ddb: object = field(default_factory=functools.partial(boto3.client, "dynamodb"))
    # expect: connection-in-handler
    http: object = field(default_factory=requests.Session)


def dataclass_handler(event, context):
    tables = Tables()
    return {"region": tables.ddb.meta.region_name, "name": tables.name}


@dataclass
class Given:
    # ok: client-in-handler
    sqs: object = field(default_factory=functools.partial(boto3.client, "sqs"))


SQS = boto3.client("sqs")


def given_handler(event, context):
    # The call gives the field: its factory does not run.
    return {"region": Given(SQS).sqs.meta.region_name}


@dataclass
class Kept:
    # ok: client-in-handler
    sns: object = field(default_factory=functools.partial(boto3.client, "sns"))


_kept = None


def kept_handler(event, context):
    global _kept
    if _kept is None:
        _kept = Kept()
    return {"region": _kept.sns.meta.region_name}


def inline_partial_handler(event, context):
    # A partial called where it is made is the construction; its module-level
    # name comes from what the partial binds.
    # expect: client-in-handler
    client = kms_client
    return {"region": client.meta.region_name}


def other_client_handler(event, context):
    # expect: client-in-handler
    client = sts_client
    return {"region": client.meta.region_name}
