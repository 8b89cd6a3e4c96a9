import boto3


def lambda_handler(event, context):
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return s3.list_buckets()
