# Names bound by writing the module's namespace, then called at INIT.
import sys

import boto3


def handler(event, context):
    s3 = boto3.client("s3")
    return s3.meta.region_name


setattr(sys.modules[__name__], "entry", handler)
sys.modules[__name__].__dict__["main"] = handler
WARM = entry({}, None)  # noqa: F821
main({}, None)  # noqa: F821
import json  # noqa: E402
