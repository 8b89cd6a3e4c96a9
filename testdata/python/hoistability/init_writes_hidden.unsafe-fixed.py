# RUN: %expect %s
# Module-level code below the handler that changes what the client reads,
# hidden in a class body or in a lambda called at once, runs at INIT: the
# hoisted client goes after it, and reads what it set, as the handler did.
# That fix is unsafe: hoist does not tell a lambda run at INIT from one run
# later (unplaced_environment_writers.test).
import os

import boto3

KW = {}


def state_handler(event, context):
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def environment_handler(event, context):
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name


class _Init:
    KW["region_name"] = "eu-west-1"


(lambda: os.environ.__setitem__("AWS_DEFAULT_REGION", "eu-west-2"))()
s3 = boto3.client("s3", **KW)
sqs = boto3.client("sqs")
