# RUN: %expect %s
# Code after 'return', 'raise', 'continue' or 'break' never runs: nothing to
# report there, and hoisting it would run at INIT what never ran before.
import boto3


def handler(event, context):
    if event.get("x"):
        return {"ok": True}
    for item in event.get("items", []):
        continue
        # ok: client-in-handler
        boto3.client("s3", endpoint_url="http://[broken")
    return {"ok": False}
    # ok: client-in-handler
    s3 = boto3.client("s3", endpoint_url="http://[broken")
    return s3


def raising_handler(event, context):
    raise ValueError("not implemented")
    # ok: client-in-handler
    return boto3.client("sqs", endpoint_url="http://[broken")
