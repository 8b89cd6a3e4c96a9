import os

import boto3


def handler(event, context):
    os.replace("/tmp/" + event.get("region", "us-west-2"), os.environ["AWS_CONFIG_FILE"])
    s3 = boto3.Session().client("s3")
    return s3.meta.config.retries
