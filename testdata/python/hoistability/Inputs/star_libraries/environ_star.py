from os import *

import boto3


def handler(event, context):
    environ["AWS_DEFAULT_REGION"] = event.get("region", "us-west-2")
    sqs = boto3.client("sqs")
    return sqs.meta.region_name
