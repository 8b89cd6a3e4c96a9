# RUN: %expect %s
# Module state handed out by a callable (trial 36py, kind B): a lambda's
# body (a dataclass field's default_factory, a defaultdict's factory, a
# lambda bound to a name, a property of a lambda), a classmethod returning a
# class attribute that holds a container, a getter method of a display of
# containers taken as a value (`functools.partial(PROFILES.get, "main")`);
# or the module's own lookup of the name by a string, kept in a local
# (`getattr(sys.modules[__name__], "LOOKED_UP")`).
# The caller changes what it gets in place: the construction reads the
# changed value on the invocation that runs it. No fix. A container no
# callable hands out, only read, keeps the safe fix.
import functools
import sys
from collections import defaultdict
from dataclasses import dataclass, field

import boto3

FACTORY_DEFAULTS = {"region": "us-east-1"}
SHARED = {"region": "us-east-1"}
TENANTS = defaultdict(lambda: SHARED)
GETTER_DEFAULTS = {"region": "us-east-1"}
current = lambda: GETTER_DEFAULTS
PROPERTY_DEFAULTS = {"region": "us-east-1"}
PROFILES = {"main": {"region": "us-east-1"}}
main_profile = functools.partial(PROFILES.get, "main")
LOOKED_UP = {"region": "us-east-1"}
READ_ONLY = {"region": "us-east-1"}
logs = boto3.client("logs", region_name=READ_ONLY["region"])


@dataclass
class Settings:
    values: dict = field(default_factory=lambda: FACTORY_DEFAULTS)


class Ctx:
    settings = property(lambda self: PROPERTY_DEFAULTS)


class Stored:
    _data = {"region": "us-east-1"}
    _name = "stored"

    @classmethod
    def data(cls):
        return cls._data

    @classmethod
    def name(cls):
        return cls._name


def factory_handler(event, context):
    if "region" in event:
        Settings().values["region"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=FACTORY_DEFAULTS["region"])
    return sqs.meta.region_name


def defaultdict_handler(event, context):
    tenant = TENANTS[event.get("bucket", "x")]
    if "region" in event:
        tenant["region"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=SHARED["region"])
    return s3.meta.region_name


def lambda_getter_handler(event, context):
    if "region" in event:
        current()["region"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", region_name=GETTER_DEFAULTS["region"])
    return sns.meta.region_name


def property_handler(event, context):
    if "region" in event:
        Ctx().settings["region"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    kms = boto3.client("kms", region_name=PROPERTY_DEFAULTS["region"])
    return kms.meta.region_name


def classmethod_handler(event, context):
    if "region" in event:
        Stored.data().update(region=event["region"])
    # expect: client-in-handler[not-hoistable]
    ddb = boto3.client("dynamodb", region_name=Stored._data["region"])
    return ddb.meta.region_name


def partial_handler(event, context):
    if "region" in event:
        main_profile()["region"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    ssm = boto3.client("ssm", region_name=PROFILES["main"]["region"])
    return ssm.meta.region_name


def lookup_handler(event, context):
    looked_up = getattr(sys.modules[__name__], "LOOKED_UP")
    if "region" in event:
        looked_up["region"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    sts = boto3.client("sts", region_name=LOOKED_UP["region"])
    return sts.meta.region_name


def reading_handler(event, context):
    # A string a classmethod returns is no container to change.
    # expect: client-in-handler[hoistable]
    return [logs.meta.region_name, Stored.name()]
