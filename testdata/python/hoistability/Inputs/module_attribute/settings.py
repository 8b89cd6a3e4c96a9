REGION = "us-east-1"
TABLE = "orders"
QUEUE_REGION = "us-east-1"


def use_queue_region(region):
    global QUEUE_REGION
    QUEUE_REGION = region
