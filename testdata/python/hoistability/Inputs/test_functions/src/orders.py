import boto3


def lambda_handler(event, context):
    sqs = boto3.client("sqs")
    return sqs.list_queues()
