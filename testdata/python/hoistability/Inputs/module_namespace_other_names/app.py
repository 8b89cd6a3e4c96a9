# Another module's namespace reached through one of its functions (trial
# 36py 24-*): the module `inspect.getmodule(settings.describe)` gives, and
# `settings.describe.__globals__`. Each rebinds what the construction reads
# as `settings.<name>` (`update` may set any of them): no fix. A name of
# another module keeps the safe fix.
import inspect

import boto3

import constants
import settings


def getmodule_handler(event, context):
    if "region" in event:
        inspect.getmodule(settings.describe).REGION = event["region"]
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=settings.REGION)
    return s3.meta.region_name


def globals_handler(event, context):
    if "region" in event:
        settings.describe.__globals__.update(UPDATED=event["region"])
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", region_name=settings.UPDATED)
    return sns.meta.region_name


def plain_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name=constants.PLAIN)
    return sqs.meta.region_name
