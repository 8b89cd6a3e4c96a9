from adapters.repository import OrdersRepository
from common.notify import notify


def list_orders(event, context):
    notify("listed")
    return OrdersRepository().all()
