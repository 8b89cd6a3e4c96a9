import os

import boto3


def handler(event):
    # A helper that on_event calls, not a handler: the CDK stack says which
    # function Lambda calls.
    # ok: handler-signature
    # expect: client-in-handler
    sns = boto3.client("sns")
    sns.publish(TopicArn=os.environ["TOPIC_ARN"], Message=event["ResourceProperties"]["Message"])
    return True


def on_event(event, context):
    if event["RequestType"] == "Create":
        return handler(event)
    return "nothing to do"
