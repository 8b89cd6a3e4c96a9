import os

import boto3


def handler(event, context):
    mode = "w"
    with open(os.environ["AWS_CONFIG_FILE"], mode) as f:
        f.write("[default]\nmax_attempts = %d\n" % len(event.get("region", "us")))
    s3 = boto3.Session().client("s3")
    return s3.meta.config.retries
