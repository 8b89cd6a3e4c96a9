import os

import boto3


def send(batch, context):
    # Only the CDK stack makes this a handler.
    # expect: client-in-handler
    sqs = boto3.client("sqs")
    for record in batch["Records"]:
        sqs.send_message(QueueUrl=os.environ["QUEUE_URL"], MessageBody=record["body"])
