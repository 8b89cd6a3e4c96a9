import boto3

from settings import READ_ONLY, Settings


def handler(event, context):
    if isinstance(READ_ONLY, Settings):
        print(READ_ONLY.describe())
    s3 = boto3.client("s3", region_name=READ_ONLY.region)
    return s3.meta.region_name
