import boto3


def lambda_handler(event, context):
    return boto3.client("sts").get_caller_identity()
