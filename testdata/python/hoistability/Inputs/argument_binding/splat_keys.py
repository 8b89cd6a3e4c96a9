import boto3

KWARGS = {"region": "eu-west-1"}


def handler(event, context):
    if event.get("archive"):
        s3 = boto3.client("s3", **KWARGS)
        return {"archive": True}
    return {"ok": True}
