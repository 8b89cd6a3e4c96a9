"""Upload links: tells a client where in S3 its upload goes."""
import json
import os

import boto3

BUCKET = os.environ.get("UPLOAD_BUCKET", "uploads")


def lambda_handler(event, context):
    s3 = boto3.client("s3")
    key = f"incoming/{event['user']}/{event['file']}"
    return {
        "statusCode": 200,
        "body": json.dumps({
            "bucket": BUCKET,
            "key": key,
            "endpoint": s3.meta.endpoint_url,
            "region": s3.meta.region_name,
        }),
    }
