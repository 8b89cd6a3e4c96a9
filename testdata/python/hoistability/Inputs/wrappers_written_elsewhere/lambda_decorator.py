import os

import boto3


def set_region(event):
    if "region" in event:
        os.environ["AWS_DEFAULT_REGION"] = event["region"]


with_region = lambda fn: lambda event, context: (set_region(event), fn(event, context))[1]


@with_region
def handler(event, context):
    sqs = boto3.client("sqs")
    return sqs.meta.region_name
