"""Lists the buckets on every invocation and answers with the error when the
call fails, as handlers that degrade gracefully do. Under verify every AWS
endpoint is unreachable, so the call fails."""
import os

import boto3
from botocore.exceptions import BotoCoreError, ClientError


def lambda_handler(event, context):
    s3 = boto3.client("s3")
    try:
        buckets = [bucket["Name"] for bucket in s3.list_buckets()["Buckets"]]
    except (BotoCoreError, ClientError) as error:
        return {"id": event["id"], "error": f"{type(error).__name__}: {error}",
                "max_attempts": os.environ.get("AWS_MAX_ATTEMPTS")}
    return {"id": event["id"], "buckets": buckets}
