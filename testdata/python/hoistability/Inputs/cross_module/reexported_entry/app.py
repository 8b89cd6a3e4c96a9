import boto3


def handler(event, context):
    ddb = boto3.client("dynamodb")
    return ddb.meta.region_name
