import os

import brokerkit
import requests


def lambda_handler(event, context):
    params = brokerkit.URLParameters(os.environ["BROKER_URL"])
    for record in event["rmqMessagesByQueue"]["orders::/"]:
        requests.get(os.environ["ORDERS_URL"], params=record)
    return {"statusCode": 200}
