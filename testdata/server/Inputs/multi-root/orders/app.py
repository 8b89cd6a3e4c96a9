import boto3


def handler(event, context):
    s3 = boto3.client("s3")  # 😀 smile
    return s3.list_buckets()
