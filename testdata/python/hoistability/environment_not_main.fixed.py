# RUN: %expect %s
# A module-level write in 'if __name__ != "__main__":' runs when Lambda
# imports the module (trial 17 repro 02): the hoisted line goes after it.
# A write in the body of 'if __name__ == "__main__":' never runs there.
import os

import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


if __name__ != "__main__":
    os.environ["BUCKET_REGION"] = "eu-north-1"

s3 = boto3.client("s3", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
