import boto3

REGIONS = ["us-west-2", "eu-west-1", "ap-south-1"]


def handler(event, context):
    if event.get("region") and len(REGIONS) > 1:
        del REGIONS[0]
    s3 = boto3.client("s3", region_name=REGIONS[0])
    return s3.meta.region_name
