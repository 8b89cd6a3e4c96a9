# RUN: %expect %s
# os.environ kept as a class attribute, then written through it. A client
# built after the write reads it: no safe fix.
import os

import boto3


class Env:
    store = os.environ

sns = boto3.client("sns")


def handler(event, context):
    if "region" in event:
        Env.store["AWS_DEFAULT_REGION"] = event["region"]
    # expect: client-in-handler[hoistable]
    return sns.meta.region_name
