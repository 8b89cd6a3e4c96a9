import boto3

import settings


def handler(event, context):
    settings.apply(event)
    # expect: client-in-handler[hoistable]
    kms = boto3.client("kms")
    return kms.meta.region_name
