import os

import boto3


def export_client():
    s3 = boto3.client("s3", region_name=os.environ["EXPORT_BUCKET_REGION"])
    return s3.meta.region_name


def remaining(context):
    return context.get_remaining_time_in_millis()
