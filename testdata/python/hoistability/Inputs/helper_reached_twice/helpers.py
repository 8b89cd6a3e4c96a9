import boto3


def make():
    s3 = boto3.client("s3")
    return s3
