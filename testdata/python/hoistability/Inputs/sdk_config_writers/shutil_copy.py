import os
import shutil

import boto3


def handler(event, context):
    source = "/tmp/config-" + event.get("region", "us-west-2")
    shutil.copy(source, os.environ["AWS_CONFIG_FILE"])
    s3 = boto3.Session().client("s3")
    return s3.meta.config.retries
