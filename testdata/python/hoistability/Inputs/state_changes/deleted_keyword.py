import boto3

KWARGS = {"region_name": "us-west-2", "endpoint_url": "http://127.0.0.1:9"}


def handler(event, context):
    if event.get("region") and "endpoint_url" in KWARGS:
        del KWARGS["endpoint_url"]
    s3 = boto3.client("s3", **KWARGS)
    return s3.meta.endpoint_url
