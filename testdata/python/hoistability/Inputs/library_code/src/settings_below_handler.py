import boto3
import envlib


def handler(event, context):
    s3 = boto3.client("s3")
    return s3.meta.region_name


SETTINGS = envlib.Settings()
