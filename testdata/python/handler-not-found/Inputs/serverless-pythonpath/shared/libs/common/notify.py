import boto3


def notify(message):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    sns.publish(TopicArn="arn:aws:sns:us-east-1:123456789012:orders", Message=message)
