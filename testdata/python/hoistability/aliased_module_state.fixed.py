# RUN: %expect %s
# Module-level state the construction reads, given another name anywhere in
# the module (a local, another module-level name, a container, walrus, a
# bound method, a parameter's default, a project function whose result is
# kept, such as a closure over it): writes through that name are not
# followed, so the construction may read a changed value on any invocation.
# No fix. Reading it ('**OPTIONS', '.get', 'in') gives it no other name.
import boto3

KW = {}
ARGS = ["s3"]
ALIASED = {}
OVERRIDES = ALIASED
WALRUS = {}
OPTIONS = {"region_name": "eu-west-1"}
DEFAULTED = {"region_name": "eu-west-1"}
CLOSED_OVER = {"region_name": "eu-west-1"}
sns = boto3.client("sns", **OPTIONS)


def set_region(region, cfg=DEFAULTED):
    cfg["region_name"] = region


def make_setter(cfg):
    def set_item(region):
        cfg["region_name"] = region

    return set_item


SET_REGION = make_setter(CLOSED_OVER)


def local_alias_handler(event, context):
    kw = KW
    if "region" in event:
        kw["region_name"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client(*ARGS, **KW)
    return s3.meta.region_name


def module_alias_handler(event, context):
    if "region" in event:
        OVERRIDES["region_name"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", **ALIASED)
    return sqs.meta.region_name


def walrus_handler(event, context):
    if (settings := WALRUS) is not None and "region" in event:
        settings["region_name"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    kms = boto3.client("kms", **WALRUS)
    return kms.meta.region_name


def reading_handler(event, context):
    region = OPTIONS.get("region_name")
    # expect: client-in-handler[hoistable]
    return [region, "region_name" in OPTIONS, sns.meta.region_name]


def default_argument_handler(event, context):
    if "region" in event:
        set_region(event["region"])
    # expect: client-in-handler[not-hoistable]
    ec2 = boto3.client("ec2", **DEFAULTED)
    return ec2.meta.region_name


def closure_handler(event, context):
    if "region" in event:
        SET_REGION(event["region"])
    # expect: client-in-handler[not-hoistable]
    sts = boto3.client("sts", **CLOSED_OVER)
    return sts.meta.region_name
