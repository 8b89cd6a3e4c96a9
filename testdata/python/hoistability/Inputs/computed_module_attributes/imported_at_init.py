import boto3

from settings import CURRENT_REGION


def handler(event, context):
    sts = boto3.client("sts", region_name=CURRENT_REGION)
    return sts.meta.region_name
