import boto3

import settings
import overrides


def handler(event, context):
    s3 = boto3.client("s3", region_name=settings.REGION)
    return {"region": s3.meta.region_name}
