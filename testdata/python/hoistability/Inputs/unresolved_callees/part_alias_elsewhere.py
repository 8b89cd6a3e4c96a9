import boto3

S3 = boto3.client("s3")
CALLS = []


def count(**kwargs):
    CALLS.append(1)


def admin_handler(event, context):
    register = S3.meta.events.register
    register("before-call.s3.ListBuckets", count)
    return "ok"


def handler(event, context):
    s3 = boto3.client("s3")
    return s3.meta.region_name
