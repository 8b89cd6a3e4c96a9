import boto3


def lambda_handler(event, context):
    s3 = boto3.client("s3")
    return s3.list_buckets()
