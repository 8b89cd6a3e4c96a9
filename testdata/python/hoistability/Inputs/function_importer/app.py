import boto3

REGION = "us-east-1"


def handler(event, context):
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=REGION)
    return s3.meta.region_name
