# RUN: %expect %s
import boto3


def make():
    return boto3.client("sqs")


def handler(event, context):
    # ok: client-in-handler
    s3 = boto3.client("s3")  # hoist: ignore[client-in-handler]
    # ok: client-in-handler
    sns = boto3.client("sns")  # hoist: ignore
    # A suppression on the call that leads to the construction covers it.
    # ok: client-in-handler
    queue = make()  # hoist: ignore[client-in-handler]
    # expect: unused-suppression
    total = len(event)  # hoist: ignore[client-in-handler]
    # expect: unused-suppression
    name = event["name"]  # hoist: ignore[client-in-hander]
    # Text in a string is not a suppression.
    # ok: unused-suppression
    note = "# hoist: ignore[client-in-handler]"
    # expect: client-in-handler, unused-suppression
    kms = boto3.client("kms")  # hoist: ignore[connection-in-handler]
    return s3, sns, queue, total, name, note, kms
