# Routes of an AWS Lambda Powertools resolver run on every invocation, through
# `app.resolve(event, context)` in the handler.
# RUN: %expect %s
import boto3
from aws_lambda_powertools.event_handler import APIGatewayRestResolver

app = APIGatewayRestResolver()
dynamodb = boto3.resource("dynamodb")


@app.get("/orders/<order_id>")
def get_order(order_id):
    # expect: client-in-handler
    return dynamodb.Table("orders").get_item(Key={"id": order_id})


@app.post("/orders")
def create_order():
    return {"created": True}


def not_a_route():
    # Not registered on the router, not called: never runs.
    # ok: client-in-handler
    return boto3.client("sqs")


def lambda_handler(event, context):
    return app.resolve(event, context)
