# RUN: %expect %s
# Module state written through a target that is not a plain `x.a = v` or
# `x[k] = v`: one element of a tuple, list or starred target, a loop's or a
# comprehension's target, a `with ... as` target, also on a class that a
# function returns. Each stores the event's value as a plain assignment
# does, and a client built from it at INIT would keep the first one: no fix. A tuple target that only reads the
# state, or writes a fresh local object, keeps the safe fix.
import contextlib

import boto3


class Cfg:
    region = "us-east-1"
    table = "t"
    primary = "us-east-1"
    secondary = "us-west-2"


CFG = {"region": "us-east-1", "idx": 0}
OPTS = {"region": "us-east-1"}
READ = {"region": "us-east-1"}


class State:
    region = "us-east-1"


def current():
    return State


@contextlib.contextmanager
def region_of(event):
    yield event.get("region", "us-east-1")


def tuple_handler(event, context):
    if "region" in event:
        Cfg.region, Cfg.table = event["region"], "t2"
    # expect: client-in-handler[not-hoistable]
    ddb = boto3.client("dynamodb", region_name=Cfg.region)
    return ddb.meta.region_name


def item_handler(event, context):
    if "region" in event:
        CFG["region"], ok = event["region"], True
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=CFG["region"])
    return sqs.meta.region_name


def list_handler(event, context):
    if "region" in event:
        [Cfg.region] = [event["region"]]
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", region_name=Cfg.region)
    return sns.meta.region_name


def starred_handler(event, context):
    regions = event.get("regions", ["us-east-1"])
    Cfg.region, *rest = regions
    # expect: client-in-handler[not-hoistable]
    kms = boto3.client("kms", region_name=Cfg.region)
    return [kms.meta.region_name, rest]


def swap_handler(event, context):
    if event.get("failover"):
        Cfg.primary, Cfg.secondary = Cfg.secondary, Cfg.primary
    # expect: client-in-handler[not-hoistable]
    ssm = boto3.client("ssm", region_name=Cfg.primary)
    return ssm.meta.region_name


def nested_handler(event, context):
    (OPTS["region"], _), n = (event.get("region", "us-east-1"), 0), 1
    # expect: client-in-handler[not-hoistable]
    sts = boto3.client("sts", region_name=OPTS["region"])
    return [sts.meta.region_name, n]


def getter_handler(event, context):
    if "region" in event:
        current().region, _ = event["region"], None
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=State.region)
    return sqs.meta.region_name


def for_attribute_handler(event, context):
    for Cfg.region in event.get("regions", []):
        pass
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=Cfg.region)
    return s3.meta.region_name


def for_item_handler(event, context):
    for CFG["idx"], CFG["region"] in enumerate(event.get("regions", [])):
        pass
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=CFG["region"])
    return sqs.meta.region_name


def comprehension_handler(event, context):
    [None for CFG["region"] in event.get("regions", [])]
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", region_name=CFG["region"])
    return sns.meta.region_name


def generator_handler(event, context):
    any(True for Cfg.region in event.get("regions", []))
    # expect: client-in-handler[not-hoistable]
    kms = boto3.client("kms", region_name=Cfg.region)
    return kms.meta.region_name


def with_handler(event, context):
    with region_of(event) as Cfg.region:
        pass
    # expect: client-in-handler[not-hoistable]
    ssm = boto3.client("ssm", region_name=Cfg.region)
    return ssm.meta.region_name


def reading_handler(event, context):
    region, n = READ["region"], len(event)

    class Local:
        region = "x"

    Local.region, Local.n = event.get("region"), n
    # expect: client-in-handler[hoistable]
    logs = boto3.client("logs", region_name=READ["region"])
    return [logs.meta.region_name, region, Local.region]
