"""Answers with values that differ on every call, as AWS SDK responses and
errors carry them (aws-sdk v2's error 'time', request ids): the original
answers them differently each time it runs, so they show nothing about the
fix; the rest of the answer still must be the same."""
import time
import uuid

import boto3


def lambda_handler(event, context):
    s3 = boto3.client("s3")
    return {
        "id": event["id"],
        "region": s3.meta.region_name,
        "error": {"code": "UnknownEndpoint", "time": repr(time.time()),
                  "requestId": str(uuid.uuid4())},
        "message": "request " + str(uuid.uuid4()) + " failed for " + event["id"],
    }
