# RUN: %expect %s
# sys.modules["os"] is the os module: its environ is the environment. No
# safe fix.
import sys

import boto3

sns = boto3.client("sns")


def handler(event, context):
    if "region" in event:
        sys.modules["os"].environ["AWS_DEFAULT_REGION"] = event["region"]
    # expect: client-in-handler[hoistable]
    return sns.meta.region_name
