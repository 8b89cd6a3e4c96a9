import boto3

CONFIG = {"retries": {"max_attempts": 3}}


def handler(event, context):
    if event.get("archive"):
        s3 = boto3.client("s3", config=CONFIG)
        return {"archive": True}
    return {"ok": True}
