import boto3


def lambda_handler(event, context):
    sqs = boto3.client("sqs")
    return sqs.send_message(QueueUrl=event["queue"], MessageBody="ingested")
