import boto3


def handler(event, context):
    if event.get("archive"):
        s3 = boto3.Session(region="eu-west-1")
        return {"archive": True}
    return {"ok": True}
