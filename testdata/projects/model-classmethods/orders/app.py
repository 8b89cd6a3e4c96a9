import json

from models.order import Order
from models.repository import OrderRepository


def lambda_handler(event, context):
    order_id = event["pathParameters"]["id"]
    # Classmethods and staticmethods called through the project's classes run
    # their bodies, and what they call on cls or self is the subclass's.
    order = Order.find(order_id)
    # pynamodb's own Model.get: library code, not followed.
    legacy = Order.get(order_id)
    repository = OrderRepository.create()
    repository.save(order)
    Order.archive(order_id)
    return {"statusCode": 200, "body": json.dumps([order, str(legacy)])}
