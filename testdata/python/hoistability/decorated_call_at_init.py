# RUN: %expect %s
# A module-level call of a decorated function runs its decorator's wrapper,
# and what that calls (trial 22, repro 01, S12): here it exports the loaded
# settings into the environment, below the handler. The hoisted client read
# the region before the export (us-west-2 where the original answered
# eu-central-1); it must come after the call, or not move.
import functools
import os

import boto3


def _export(values):
    os.environ.update(values)


def exporting(fn):
    @functools.wraps(fn)
    def wrapper():
        values = fn()
        _export(values)
        return values
    return wrapper


@exporting
def bootstrap():
    return {"BOOT_REGION": "eu-central-1"}


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=os.environ.get("BOOT_REGION", "us-west-2"))
    return s3.meta.region_name


bootstrap()
