import os

import boto3


def handler(event, context):
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name, "warm": event.get("warm", False)}


import warmup  # noqa: E402  (warms the function during INIT)
