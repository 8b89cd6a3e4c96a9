import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb", region_name="us-east-1")
    return ddb.meta.region_name
