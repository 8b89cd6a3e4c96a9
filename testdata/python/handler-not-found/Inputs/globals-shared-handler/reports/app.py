import boto3


def lambda_handler(event, context):
    # expect: client-in-handler
    return boto3.client("s3").list_buckets()
