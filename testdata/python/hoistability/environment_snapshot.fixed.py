# RUN: %expect %s
# A copy of the environment taken at INIT (`ENV = dict(os.environ)`) read
# with `ENV.get(...)` holds INIT's values either way: a client built from it
# moves (trial 37py). One the invocation writes keeps its client.
import os

import boto3

ENV = dict(os.environ)
SETTINGS = dict(os.environ)
sqs = boto3.client("sqs", region_name=ENV.get("QUEUE_REGION", "us-east-2"))


def lambda_handler(event, context):
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name


def tenant_handler(event, context):
    SETTINGS["QUEUE_REGION"] = event.get("region", "eu-west-1")
    # expect: client-in-handler[not-hoistable]
    tenant = boto3.client("sqs", region_name=SETTINGS.get("QUEUE_REGION", "us-east-2"))
    return tenant.meta.region_name
