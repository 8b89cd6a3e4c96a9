"""A payment handler configured by serverless.yml; its stage comes from the
environment, and it builds its client on every invocation."""
import os

import boto3

SHOWN = ("STAGE", "REGION_NAME", "MAX_RETRIES", "SERVICE_TABLE", "API_SECRET",
         "PAYMENTS_QUEUE")


def pay(event, context):
    sqs = boto3.client("sqs")
    settings = " ".join(f"{name}={os.environ.get(name, '-')}" for name in SHOWN)
    return {"id": event["id"], "stage": os.environ["STAGE"],
            "settings": settings, "region": sqs.meta.region_name}
