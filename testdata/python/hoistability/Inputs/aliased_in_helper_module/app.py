# A helper module's state that the module gives another name (a local of
# one of its functions, an item of its own list): what is written through
# that name is not followed, so the construction may read a changed value
# on any invocation. No fix, whether it is read as 'settings.CONFIG' or
# imported by name. State the helper only reads keeps the safe fix.
import boto3

import settings
from settings import PLAIN, STORED, apply


def attribute_handler(event, context):
    if event.get("region"):
        settings.configure(event["region"])
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=settings.CONFIG["region"])
    return s3.meta.region_name


def imported_handler(event, context):
    if event.get("region"):
        apply(event["region"])
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=STORED["region"])
    return sqs.meta.region_name


def plain_handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name=PLAIN["region"])
    return sns.meta.region_name
