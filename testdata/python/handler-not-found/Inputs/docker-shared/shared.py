import boto3


def handler(payload, ctx):
    return boto3.client("s3").list_buckets()
