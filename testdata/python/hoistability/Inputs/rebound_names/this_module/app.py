# The module reached through sys.modules[__name__]: its attribute is the
# module's own function, which writes the region.
import os
import sys

import boto3


def set_region():
    os.environ["AWS_DEFAULT_REGION"] = "eu-west-2"


def handler(event, context):
    sys.modules[__name__].set_region()
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}
