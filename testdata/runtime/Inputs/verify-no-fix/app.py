"""One client moves to INIT; the other is configured with the event after it
is built, and hoist has no fix for it."""
import boto3


def lambda_handler(event, context):
    s3 = boto3.client("s3")
    sqs = boto3.client("sqs")
    sqs.meta.events.register("before-send", lambda **kw: event["id"])
    return {"id": event["id"], "regions": [s3.meta.region_name, sqs.meta.region_name]}
