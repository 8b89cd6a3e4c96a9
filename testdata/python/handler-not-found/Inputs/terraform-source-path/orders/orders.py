from common import orders_table


def lambda_handler(event, context):
    return orders_table().get_item(Key={"id": event["id"]})
