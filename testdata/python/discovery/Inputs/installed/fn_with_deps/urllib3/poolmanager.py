import boto3


class PoolManager:
    def __init__(self):
        self.sts = boto3.client("sts")


def lambda_handler(event, context):
    return boto3.client("s3")
