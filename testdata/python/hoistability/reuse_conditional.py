# RUN: %expect %s
# An equal module-level construction is reused only when it always runs: one
# under an `if` (or a `try`) may never have been bound, so the handler gets its
# own module-level client.
import os

import boto3

if os.environ.get("ENABLE_ARCHIVE"):
    ARCHIVE = boto3.client("s3")

try:
    BACKUP = boto3.client("s3")
except Exception:
    BACKUP = None


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}
