# RUN: %expect %s
# Module state written through data-model methods called by name (trial
# 36py, kind D): a dict re-initialised (`CFG.__init__(region=...)`, which
# updates it), `type.__setattr__(Cfg, ...)` and `object.__setattr__(Cfg,
# ...)` on a class, `dict.__setitem__(CFG, ...)`, an in-place operator's
# method (`CFG.__ior__(...)`). Each changes what the construction reads on
# the invocation that runs it: no fix. Reading through a dunder changes
# nothing: safe.
import boto3

REINIT = {"region": "us-east-1"}
SET_ITEM = {"region": "us-east-1"}
IN_PLACE = {"region": "us-east-1"}
READ = {"region": "us-east-1"}
ssm = boto3.client("ssm", region_name=READ["region"])


class TypeSet:
    region = "us-east-1"


class ObjectSet:
    region = "us-east-1"


def reinit_handler(event, context):
    if "region" in event:
        REINIT.__init__(region=event["region"])
    # expect: client-in-handler[not-hoistable]
    ddb = boto3.client("dynamodb", region_name=REINIT["region"])
    return ddb.meta.region_name


def type_setattr_handler(event, context):
    if "region" in event:
        type.__setattr__(TypeSet, "region", event["region"])
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", region_name=TypeSet.region)
    return sns.meta.region_name


def object_setattr_handler(event, context):
    if "region" in event:
        object.__setattr__(ObjectSet, "region", event["region"])
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=ObjectSet.region)
    return sqs.meta.region_name


def dict_setitem_handler(event, context):
    if "region" in event:
        dict.__setitem__(SET_ITEM, "region", event["region"])
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=SET_ITEM["region"])
    return s3.meta.region_name


def in_place_handler(event, context):
    if "region" in event:
        IN_PLACE.__ior__({"region": event["region"]})
    # expect: client-in-handler[not-hoistable]
    kms = boto3.client("kms", region_name=IN_PLACE["region"])
    return kms.meta.region_name


def reading_handler(event, context):
    region = READ.__getitem__("region")
    # expect: client-in-handler[hoistable]
    return [ssm.meta.region_name, region]
