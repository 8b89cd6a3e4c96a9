# RUN: %expect %s
# A module-level construction built before the module writes the
# environment it reads is not what the hoisted one would build: the hoist
# gets its own object, after the write.
import os

import boto3

default_sns = boto3.client("sns")
os.environ["AWS_DEFAULT_REGION"] = "eu-west-3"


def handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return sns.meta.region_name
