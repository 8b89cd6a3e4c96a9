# RUN: %expect %s
# Module state whose items are containers, handed out where the handler can
# write them: a loop or comprehension target over it, an item a builtin or
# the standard library gives back (`next(iter(...))`, `min`, `sorted(...)[0]`,
# `random.choice`, `itertools.chain`), or a shallow copy that shares its
# nested dicts (`list(...)`, `dict(...)`, `{**...}`, `[*...]`, `.copy()`),
# and a container that may come back itself as a default (`getattr(o, "x",
# D)`, `next(it, D)`). Writes through what was handed out change what the
# construction reads: no fix. Reads that hand out nothing (`len`, `in`, an
# item read in place, a dict's keys iterated, a deep copy, a shallow copy of
# a dict of strings) keep the safe fix.
import copy
import itertools
import random

import boto3

LOOPED = [{"service_name": "s3", "region_name": "us-east-1"}]
VALUES = {"sqs": {"region_name": "us-east-1"}}
COMPREHENDED = [{"region_name": "us-east-1"}]
NEXTED = [{"region_name": "us-east-1"}]
CHOSEN = [{"region_name": "us-east-1"}]
CHAINED = [{"region_name": "us-east-1"}]
LISTED = [{"region_name": "us-east-1"}]
SPLATTED = {"s3": {"region_name": "us-east-1"}}
COPIED = {"sqs": {"region_name": "us-east-1"}}
FALLBACK = {"region_name": "us-east-1"}
DEFAULT = {"region_name": "us-east-1"}
PROFILES = [{"name": "eu", "region_name": "eu-west-1"}]
READ = [{"region_name": "us-east-1"}]
KEYED = {"sns": {"region_name": "us-east-1"}}
DEEP = {"kinesis": {"region_name": "us-east-1"}}
FLAT = {"region_name": "us-east-1"}


class Tenant:
    pass


def loop_handler(event, context):
    for spec in LOOPED:
        spec["region_name"] = event.get("region", spec["region_name"])
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client(**LOOPED[0])
    return s3.meta.region_name


def values_handler(event, context):
    for opts in VALUES.values():
        opts["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", **VALUES["sqs"])
    return sqs.meta.region_name


def comprehension_handler(event, context):
    [t.update(region_name=event.get("region", "us-east-1")) for t in COMPREHENDED]
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", **COMPREHENDED[0])
    return sns.meta.region_name


def next_iter_handler(event, context):
    t = next(iter(NEXTED))
    t["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    ddb = boto3.client("dynamodb", **NEXTED[0])
    return ddb.meta.region_name


def choice_handler(event, context):
    t = random.choice(CHOSEN)
    t["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    kms = boto3.client("kms", **CHOSEN[0])
    return kms.meta.region_name


def chain_handler(event, context):
    for d in itertools.chain(CHAINED, []):
        d["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    sts = boto3.client("sts", **CHAINED[0])
    return sts.meta.region_name


def list_copy_handler(event, context):
    targets = list(LISTED)
    targets[0]["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    ssm = boto3.client("ssm", **LISTED[0])
    return ssm.meta.region_name


def dict_splat_handler(event, context):
    merged = {**SPLATTED}
    merged["s3"]["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", **SPLATTED["s3"])
    return s3.meta.region_name


def dict_copy_handler(event, context):
    c = COPIED.copy()
    c["sqs"]["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", **COPIED["sqs"])
    return sqs.meta.region_name


def getattr_default_handler(event, context):
    opts = getattr(Tenant, "opts", FALLBACK)
    opts["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=FALLBACK["region_name"])
    return sqs.meta.region_name


def next_default_handler(event, context):
    p = next((p for p in PROFILES if p["name"] == event.get("profile")), DEFAULT)
    p["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    ddb = boto3.client("dynamodb", region_name=DEFAULT["region_name"])
    return ddb.meta.region_name


def reading_handler(event, context):
    count = len(READ)
    found = {"region_name": "us-east-1"} in READ
    print(READ[0]["region_name"])
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", **READ[0])
    return [s3.meta.region_name, count, found]


def keys_handler(event, context):
    names = [name for name in KEYED]
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", **KEYED["sns"])
    return [sns.meta.region_name, names]


def deep_copy_handler(event, context):
    c = copy.deepcopy(DEEP)
    c["kinesis"]["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[hoistable]
    kinesis = boto3.client("kinesis", **DEEP["kinesis"])
    return [kinesis.meta.region_name, c["kinesis"]["region_name"]]


def flat_copy_handler(event, context):
    kw = dict(FLAT)
    kw["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[hoistable]
    logs = boto3.client("logs", **FLAT)
    return [logs.meta.region_name, kw["region_name"]]
