import boto3


def get_report(key):
    s3 = boto3.client("s3")
    return s3.get_object(Bucket="reports", Key=key)
