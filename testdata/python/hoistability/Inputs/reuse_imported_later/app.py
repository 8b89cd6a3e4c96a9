import boto3

S3 = boto3.client("s3")


def handler(event, context):
    s3 = boto3.client("s3")
    return s3.list_buckets()
