import boto3


def process(payload, ctx):
    # expect: client-in-handler
    table = boto3.resource("dynamodb").Table("orders")
    return table.get_item(Key={"id": payload["id"]})
