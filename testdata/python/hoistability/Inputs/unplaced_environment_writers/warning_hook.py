import os
import warnings

import boto3


def show(message, category, filename, lineno, file=None, line=None):
    os.environ["AWS_DEFAULT_REGION"] = "eu-west-2"


warnings.showwarning = show


def handler(event, context):
    warnings.warn("legacy event shape")
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}
