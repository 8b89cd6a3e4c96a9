# RUN: %expect %s
# A function or class the module defines twice, under `if`/`else` or `try`/
# `except ImportError`: which one a call runs depends on how the module ran,
# so hoist follows the call as neither, and a definition that writes the
# environment counts as run wherever it may be (trial 29: A15, B10, Z03,
# Z04, Z27, Z28, Y10, Y12, P05; the last definition used to stand for both).
import os

import boto3

s3 = boto3.client("s3")

if os.environ.get("STAGE", "prod") == "prod":

    def configure():
        os.environ["AWS_DEFAULT_REGION"] = "eu-west-2"

else:

    def configure():
        pass


def handler(event, context):
    configure()
    # expect: client-in-handler
    return {"region": s3.meta.region_name}
