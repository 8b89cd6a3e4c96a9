# RUN: %expect %s
# Module state that the invoke path fills from the event is per-invocation
# data, not a constant.
import boto3

CFG = {}
OPTIONS = {"region_name": "eu-west-1"}


def handler(event, context):
    CFG.update(event.get("cfg", {}))
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", **CFG)
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", **OPTIONS)
    return [s3.meta.region_name, sqs.meta.region_name]
