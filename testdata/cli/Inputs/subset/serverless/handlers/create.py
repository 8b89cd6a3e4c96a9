import boto3


def run(event, context):
    table = boto3.resource("dynamodb").Table("orders")
    return table.put_item(Item=event)
