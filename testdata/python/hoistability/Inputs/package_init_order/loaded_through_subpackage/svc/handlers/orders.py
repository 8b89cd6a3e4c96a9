import boto3


def handler(event, context):
    # expect: client-in-handler
    table = boto3.resource("dynamodb").Table("orders")
    return table.meta.client.meta.region_name
