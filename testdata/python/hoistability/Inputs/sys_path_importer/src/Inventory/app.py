import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb")
    return ddb.meta.region_name
