import boto3

REGION = "us-east-1"


def handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb", region_name=REGION)
    return ddb.meta.region_name
