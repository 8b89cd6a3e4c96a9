# RUN: %expect %s
# A warm-up call through an alias of the handler runs it at INIT like a
# direct one: the new line goes before it, not after the late import.
import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


lambda_handler = handler
WARM = lambda_handler({}, None)

import json  # noqa: E402
