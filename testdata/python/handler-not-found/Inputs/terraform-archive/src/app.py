import boto3

table = boto3.resource("dynamodb").Table("items")


def handler(event, context):
    return table.get_item(Key={"id": event["id"]}).get("Item")
