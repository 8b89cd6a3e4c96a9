import boto3

from .resolver import ORDERS_PATH, app


@app.get(ORDERS_PATH)
def list_orders():
    # Another function's route: only this module's handler runs it, once
    # per finding.
    # expect: client-in-handler
    dynamodb = boto3.resource("dynamodb")
    return {"orders": dynamodb.Table("orders").scan()["Items"]}


def lambda_handler(event, context):
    return app.resolve(event, context)
