import boto3


def route(payload, ctx):
    # expect: client-in-handler
    sqs = boto3.client("sqs")
    return sqs.send_message(QueueUrl=payload["queue"], MessageBody="x")
