"""Imports a helper that a Lambda layer provides in production; the task root
alone does not hold it, so the module cannot be imported."""
import boto3
from orders_layer.tables import orders_table


def lambda_handler(event, context):
    dynamodb = boto3.client("dynamodb")
    return {"table": orders_table(), "region": dynamodb.meta.region_name}
