import sys

import boto3


def handler(event, context):
    s3 = boto3.client("s3")
    return s3.meta.region_name


_self = sys.modules[__name__]
WARM = _self.handler({}, None)
import json  # noqa: E402
