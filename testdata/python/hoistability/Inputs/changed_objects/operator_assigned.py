import boto3

from settings import OPERATED


def handler(event, context):
    global OPERATED
    OPERATED += event
    s3 = boto3.client("s3", region_name=OPERATED.region)
    return s3.meta.region_name
