import os

import boto3


def lambda_handler(event, context):
    # The template misspells its name: still checked as the handler.
    # expect: client-in-handler
    sqs = boto3.client("sqs")
    sqs.send_message(QueueUrl=os.environ["QUEUE_URL"], MessageBody=event["body"])
