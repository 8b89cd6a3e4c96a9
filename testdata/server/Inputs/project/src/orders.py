from store import table


def handler(event, context):
    orders = table()
    return orders
