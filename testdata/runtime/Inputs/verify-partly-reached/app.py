"""Answers an order's status; every order builds the orders client, only
refunds build the payments client, and the events given here are plain
orders: the second client's move is not tested by them."""
import boto3


def lambda_handler(event, context):
    orders = boto3.client("dynamodb")
    if event.get("type") != "refund":
        return {"id": event["id"], "region": orders.meta.region_name}
    payments = boto3.client("stepfunctions")
    return {"id": event["id"], "region": payments.meta.region_name}
