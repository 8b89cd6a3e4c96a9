import boto3

import settings
from settings import SETTINGS


def handler(event, context):
    s3 = boto3.client("s3", region_name=settings.REGION)
    return {"region": s3.meta.region_name}


def tables(event, context):
    dynamodb = boto3.resource("dynamodb", region_name=SETTINGS.region)
    return {"region": dynamodb.meta.client.meta.region_name}
