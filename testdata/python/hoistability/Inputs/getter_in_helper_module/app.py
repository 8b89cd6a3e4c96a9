# A helper module that hands out its state (trial 36py 23-*/def-getter-in-
# other-module): its function returns the module-level dict (or a local
# bound to it), and the handler changes what it gets in place. The module
# is parsed, not kept as a stub: no fix. State it only reads keeps the
# safe fix.
import boto3

from registry import DEFAULTS, KEPT, PLAIN, current, kept


def returned_handler(event, context):
    if "region" in event:
        current()["region"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=DEFAULTS["region"])
    return sqs.meta.region_name


def local_handler(event, context):
    if "region" in event:
        kept()["region"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=KEPT["region"])
    return s3.meta.region_name


def plain_handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name=PLAIN["region"])
    return sns.meta.region_name
