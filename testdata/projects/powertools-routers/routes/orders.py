import boto3
from aws_lambda_powertools.event_handler.api_gateway import Router

router = Router()


@router.get("/<order_id>")
def get_order(order_id):
    # expect: client-in-handler
    table = boto3.resource("dynamodb").Table("orders")
    return table.get_item(Key={"id": order_id})
