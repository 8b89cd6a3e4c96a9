import boto3

from tracing import HITS, trace


def handler(event, context):
    # The table shares the resource's client, which 'trace' hooks.
    table = boto3.resource("dynamodb").Table("orders")
    trace(table)
    del HITS[:]
    try:
        table.get_item(Key={"id": "1"})
    except Exception as error:
        return [len(HITS), type(error).__name__]
