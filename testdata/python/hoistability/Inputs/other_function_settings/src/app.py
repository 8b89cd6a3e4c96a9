import boto3


def upload_handler(event, context):
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}


def health_handler(event, context):
    return {"ok": True}
