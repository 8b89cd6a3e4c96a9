import boto3

from settings import READ_ONLY


def handler(event, context):
    print(READ_ONLY.describe())
    s3 = boto3.client("s3", region_name=READ_ONLY.region)
    return s3.meta.region_name
