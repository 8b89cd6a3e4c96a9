# Each binding of the handler's function is followed, and neither writes
# anything the client reads: the move stays safe.
import os

import boto3

if os.environ.get("STAGE", "prod") == "prod":
    from prod_cfg import configure
else:
    from dev_cfg import configure


def handler(event, context):
    label = configure()
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name, "label": label}
