# RUN: %expect %s
# Module-level state the construction reads, given another name anywhere in
# the module (a local, another module-level name, a container, walrus, a
# bound method): writes through that name are not followed, so the
# construction may read a changed value on any invocation. No fix. Reading
# it ('**OPTIONS', '.get', 'in') gives it no other name.
import boto3

KW = {}
ARGS = ["s3"]
ALIASED = {}
OVERRIDES = ALIASED
WALRUS = {}
OPTIONS = {"region_name": "eu-west-1"}


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
    sns = boto3.client("sns", **OPTIONS)
    return [region, "region_name" in OPTIONS, sns.meta.region_name]
