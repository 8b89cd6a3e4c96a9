import json
import logging
import os

import boto3

logger = logging.getLogger()


def handler(event, context):
    logger.info("event %s", event.get("id"))
    body = json.loads(event["body"])
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"])
    return {"key": body["key"], "endpoint": s3.meta.endpoint_url}
