import boto3


def lambda_handler(event, context):
    table = boto3.resource("dynamodb").Table("inventory")
    return table.get_item(Key={"id": event["id"]})
