# RUN: %expect %s
# Module-level setup that changes the environment through a function of the
# module, called after the handler is defined: a client hoisted before that
# call would miss what it sets, and after it is no place to build (the module
# runs its own code there). No safe fix.
import os

import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def _bootstrap():
    os.environ["AWS_DEFAULT_REGION"] = "eu-central-1"


_bootstrap()
