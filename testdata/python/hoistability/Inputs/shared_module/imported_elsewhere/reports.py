import os

import boto3


def handler(event, context):
    logs = boto3.client("logs", endpoint_url=os.environ.get("LOGS_ENDPOINT", ""))
    return {"logs": logs.meta.endpoint_url}


def title():
    return "report"
