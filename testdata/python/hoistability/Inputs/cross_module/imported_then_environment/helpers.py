import boto3


def get_s3():
    client = boto3.client("s3")
    return client
