# RUN: %expect %s
# Module state reached through another name hoist does not follow: an item
# of a dict of dicts taken out by `.get` (then filled from the event), a
# `functools.partial`'s keywords set on the invoke path. A client built at
# INIT would keep what the module held then: no fix. An item of a dict of
# strings taken out is a string, which nothing changes: safe.
import functools

import boto3

STATE = {"kw": {}}
make_sqs = functools.partial(boto3.client, "sqs")
REGIONS = {"default": "us-east-1"}


def item_alias_handler(event, context):
    kw = STATE.get("kw")
    if "region" in event:
        kw["region_name"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", **STATE["kw"])
    return s3.meta.region_name


def partial_keywords_handler(event, context):
    make_sqs.keywords["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    sqs = make_sqs()
    return sqs.meta.region_name


def string_item_handler(event, context):
    region = REGIONS.get("default")
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name=REGIONS["default"])
    return [sns.meta.region_name, region]
