import boto3

import settings


def prepare(event):
    settings.MERGED.merge(event)


def handler(event, context):
    prepare(event)
    s3 = boto3.client("s3", **settings.MERGED.options)
    return s3.meta.region_name
