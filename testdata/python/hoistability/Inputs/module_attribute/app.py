# An attribute of a project module that code sets at run time (here, or in
# that module through 'global') is per-invocation state: what reads it is
# not hoistable. One nothing changes is a constant.
import boto3

import settings


def region_handler(event, context):
    if "region" in event:
        settings.REGION = event["region"]
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=settings.REGION)
    return sqs.meta.region_name


def queue_handler(event, context):
    settings.use_queue_region(event.get("region", "us-east-1"))
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", region_name=settings.QUEUE_REGION)
    return sns.meta.region_name


def table_handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = boto3.resource("dynamodb")
    return ddb.Table(settings.TABLE).name
