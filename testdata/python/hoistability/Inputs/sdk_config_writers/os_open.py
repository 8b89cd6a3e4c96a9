import os

import boto3


def handler(event, context):
    fd = os.open(os.environ["AWS_CONFIG_FILE"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.write(fd, b"[default]\nmax_attempts = 3\n")
    os.close(fd)
    s3 = boto3.Session().client("s3")
    return s3.meta.config.retries
