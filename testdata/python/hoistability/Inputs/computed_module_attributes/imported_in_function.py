import os

import boto3


def handler(event, context):
    os.environ["APP_REGION"] = event.get("region", "us-west-2")
    from settings import REGION

    ssm = boto3.client("ssm", region_name=REGION)
    return ssm.meta.region_name
