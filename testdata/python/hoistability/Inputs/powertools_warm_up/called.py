import boto3
from aws_lambda_powertools.event_handler import APIGatewayRestResolver

app = APIGatewayRestResolver()


@app.get("/queues")
def queues():
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def handler(event, context):
    return app({"path": "/queues"}, context)


app({"path": "/queues"}, None)

import json
