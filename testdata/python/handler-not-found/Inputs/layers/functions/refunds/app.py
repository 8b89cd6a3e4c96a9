from shared_helpers.aws import orders_table


def handler(event, context):
    orders_table().delete_item(Key={"id": event["id"]})
