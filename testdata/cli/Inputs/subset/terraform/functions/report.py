import boto3


def lambda_handler(event, context):
    return boto3.client("athena").list_work_groups()
