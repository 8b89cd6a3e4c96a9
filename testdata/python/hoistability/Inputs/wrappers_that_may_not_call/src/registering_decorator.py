import os

import boto3

ROUTES = []


def route(fn):
    ROUTES.append(fn.__name__)
    return fn


@route
def handler(event, context):
    s3 = boto3.client("s3", endpoint_url=os.environ["ARCHIVE_ENDPOINT"])
    return s3.meta.endpoint_url
