# RUN: %expect %s
# Module-level code that sets up the environment runs at INIT: the hoisted
# client goes after it, also after a lambda that 'map' runs there (trial 17
# repro 06, I13). That fix is unsafe: hoist does not tell a lambda run at
# INIT from one run later (unplaced_environment_writers.test).
import os

import boto3

os.environ.setdefault("AWS_DEFAULT_REGION", "eu-west-3")
boto3.setup_default_session(region_name="eu-west-2")


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


list(map(lambda pair: os.environ.__setitem__(*pair), [("AWS_DEFAULT_REGION", "eu-north-1")]))
