import json
import os

import boto3
from botocore.config import Config


def status_handler(event, context):
    return {"statusCode": 200}


def export_handler(event, context):
    timeout = int(os.environ.get("EXPORT_TIMEOUT", "slow"))
    s3 = boto3.client("s3", config=Config(read_timeout=timeout))
    return {"bucket": event["bucket"], "client": s3 is not None}


def report_handler(event, context):
    options = json.loads(os.getenv("REPORT_OPTIONS"))
    logs = boto3.client("logs", config=Config(**options))
    return {"client": logs is not None}
