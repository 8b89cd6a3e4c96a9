import boto3
from aws_xray_sdk.core import patch_all

# The module's own code, before the handler: it runs before a hoisted
# client wherever the module is imported.
patch_all()


def lambda_handler(event, context):
    sqs = boto3.client("sqs")
    return sqs.send_message(QueueUrl=event["queue"], MessageBody="order")
