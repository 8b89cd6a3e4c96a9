import boto3


def handler(event, context):
    if event.get("archive"):
        s3 = boto3.client("s3", "eu-west-1", None, True, None, False, None, None, None, None, "extra")
        return {"archive": True}
    return {"ok": True}
