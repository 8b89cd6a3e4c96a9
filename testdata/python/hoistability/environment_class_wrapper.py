# RUN: %expect %s
# A class-based decorator or wrapper runs its '__call__' around every call
# of the handler: a write to the environment there is on the invoke path,
# and a client built after it reads what was written: no safe fix. One
# that writes nothing keeps the fix safe (in a module of its own; beside code that writes the environment and runs
# without a call naming it, as here, no fix is safe: unplaced_environment_writers.test).
import os

import boto3


class RegionFromEvent:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, event, context):
        if "region" in event:
            os.environ["AWS_DEFAULT_REGION"] = event["region"]
        return self.fn(event, context)


class Timed:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, event, context):
        return self.fn(event, context)


@RegionFromEvent
def decorated_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


@Timed
def timed_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name
