import boto3


def server(payload, ctx):
    return {"ok": True}
