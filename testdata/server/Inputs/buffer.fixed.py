import boto3

s3 = boto3.client("s3")  # 😀 smile


def handler(event, context):
    return s3.list_buckets()
