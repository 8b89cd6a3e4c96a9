# Star-imported by app.py, which binds 's3': a new global 's3' here would
# rebind app's own client. It is named otherwise.
import boto3


def fetch(event, context):
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return s3.meta.region_name


def queue_region():
    # expect: client-in-handler
    sqs = boto3.client("sqs")
    return sqs.meta.region_name
