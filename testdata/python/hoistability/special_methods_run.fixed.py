# RUN: %expect %s
# Operations on objects of the project's classes run their special methods:
# `async with` runs `__aenter__`, an attribute set `__setattr__` or a data
# descriptor's `__set__`, a class attribute read a descriptor's `__get__`,
# building one `__new__`, an item `__getitem__`, `in` `__contains__`, `map`
# an instance's `__call__`, an Enum lookup `_missing_`, a dataclass's
# `replace` `__post_init__`, on an instance a method of its class made
# (`Req.__new__(Req)`) (trial 17: 05, 13).
# Each writes the region a client built after it reads: no safe fix. A
# handler whose classes write nothing keeps its safe fix.
import asyncio
import dataclasses
import enum
import os

import boto3

ses = boto3.client("ses")


def prepare(region):
    os.environ["BUCKET_REGION"] = region or "us-west-2"


class Tenant:
    def __init__(self, event):
        self.event = event

    async def __aenter__(self):
        prepare(self.event.get("region"))
        return self

    async def __aexit__(self, *exc):
        return False


class EnvConfig:
    def __setattr__(self, name, value):
        prepare(value)
        object.__setattr__(self, name, value)


class EnvVar:
    def __get__(self, obj, owner=None):
        prepare(obj.event.get("region"))
        return obj.event.get("region")

    def __set__(self, obj, value):
        prepare(value)


class Request:
    region = EnvVar()

    def __init__(self, event):
        self.event = event


class Settings:
    def __new__(cls, region):
        prepare(region)
        return object.__new__(cls)


class Lazy:
    def __getitem__(self, region):
        prepare(region)
        return region

    def __contains__(self, region):
        prepare(region)
        return True


@dataclasses.dataclass
class Req:
    region: str = "us-west-2"

    def __post_init__(self):
        prepare(self.region)


BASE = Req.__new__(Req)
BASE.region = "us-west-2"


class Prep:
    def __call__(self, region):
        prepare(region)


class Region(enum.Enum):
    DEFAULT = "default"

    @classmethod
    def _missing_(cls, value):
        prepare(value)
        return cls.DEFAULT


class Plain:
    def __getitem__(self, key):
        return key


CONFIG = EnvConfig()
LAZY = Lazy()
PLAIN = Plain()


async def enter(event):
    async with Tenant(event):
        pass


def aenter_handler(event, context):
    asyncio.run(enter(event))
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return s3.meta.region_name


def setattr_handler(event, context):
    CONFIG.region = event.get("region")
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return sqs.meta.region_name


def descriptor_get_handler(event, context):
    Request(event).region
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return sns.meta.region_name


def descriptor_set_handler(event, context):
    request = Request(event)
    request.region = event.get("region")
    # expect: client-in-handler[hoistable]
    kms = boto3.client("kms", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return kms.meta.region_name


def new_handler(event, context):
    Settings(event.get("region"))
    # expect: client-in-handler[hoistable]
    ssm = boto3.client("ssm", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return ssm.meta.region_name


def getitem_handler(event, context):
    LAZY[event.get("region")]
    # expect: client-in-handler[hoistable]
    sts = boto3.client("sts", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return sts.meta.region_name


def contains_handler(event, context):
    found = event.get("region") in LAZY
    # expect: client-in-handler[hoistable]
    logs = boto3.client("logs", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return [logs.meta.region_name, found]


def map_handler(event, context):
    list(map(Prep(), [event.get("region")]))
    # expect: client-in-handler[hoistable]
    ecs = boto3.client("ecs", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return ecs.meta.region_name


def enum_handler(event, context):
    Region(event.get("region"))
    # expect: client-in-handler[hoistable]
    sfn = boto3.client("stepfunctions", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return sfn.meta.region_name


def replace_handler(event, context):
    dataclasses.replace(BASE, region=event.get("region", "us-west-2"))
    # expect: client-in-handler[hoistable]
    athena = boto3.client("athena", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return athena.meta.region_name


def plain_handler(event, context):
    PLAIN[event.get("region")]
    # expect: client-in-handler[hoistable]
    return ses.meta.region_name
