import boto3


def lambda_handler(event, context):
    return boto3.client("sns").publish(TopicArn=event["topic"], Message="done")
