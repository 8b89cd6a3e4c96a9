import os
import pathlib

import boto3


def handler(event, context):
    pathlib.Path(os.environ["AWS_CONFIG_FILE"]).write_text("[default]\nmax_attempts = %d\n" % len(event.get("region", "us")))
    s3 = boto3.Session().client("s3")
    return s3.meta.config.retries
