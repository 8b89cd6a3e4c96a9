import os

import boto3


class ConfigError(Exception):
    pass


def require_env(name):
    if name not in os.environ:
        raise ConfigError(name + " is not set")


def handler(event, context):
    require_env("S3_ENDPOINT")
    s3 = boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"])
    return s3.meta.endpoint_url
