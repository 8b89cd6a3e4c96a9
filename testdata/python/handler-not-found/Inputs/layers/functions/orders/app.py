from shared_helpers.aws import orders_table


def handler(event, context):
    return orders_table().get_item(Key={"id": event["id"]})
