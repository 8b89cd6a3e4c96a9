import boto3


def lambda_handler(event, context):
    s3 = boto3.client("s3")
    return [bucket["Name"] for bucket in s3.list_buckets()["Buckets"]]
