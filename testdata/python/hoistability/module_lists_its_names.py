# RUN: %expect %s
# A module that lists its own names at module level (`dir()` there is
# `globals()`, as `vars()` and `locals()` are) would list the name a hoist
# adds: no safe hoist.
import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    return {"exported": EXPORTED, "region": s3.meta.region_name}


EXPORTED = sorted(name for name in dir() if not name.startswith("_"))
