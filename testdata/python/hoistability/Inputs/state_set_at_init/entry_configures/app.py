import settings
from orders import handler, tables
from settings import SETTINGS

settings.REGION = "eu-central-1"
SETTINGS.load({"region": "ap-south-1"})


def entry_handler(event, context):
    return {"s3": handler(event, context), "dynamodb": tables(event, context)}
