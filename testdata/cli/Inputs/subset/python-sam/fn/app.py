import boto3


def main(event, context):
    s3 = boto3.client("s3")
    return s3.list_buckets()
