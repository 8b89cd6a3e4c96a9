import boto3


def handler(event, context):
    if event.get("archive"):
        s3 = boto3.client("s3", "eu-west-1", None, True, None, None, None, None, None, None)
        return {"archive": True}
    return {"ok": True}
