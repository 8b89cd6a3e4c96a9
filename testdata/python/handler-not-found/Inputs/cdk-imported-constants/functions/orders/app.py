import boto3


# Found only as configured: a name no pattern matches, a third parameter.
def process(event, context, table=None):
    # expect: client-in-handler
    dynamodb = boto3.resource("dynamodb")
    return dynamodb.Table(table or "orders").get_item(Key={"id": event["id"]})
