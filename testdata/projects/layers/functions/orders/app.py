# A Lambda layer's code is on the path at run time; --root points at it.
from common.aws import table


def handler(event, context):
    return table("orders").get_item(Key={"id": event["id"]})
