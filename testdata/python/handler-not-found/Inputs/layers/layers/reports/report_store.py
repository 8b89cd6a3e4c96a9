import boto3


def bucket():
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return s3
