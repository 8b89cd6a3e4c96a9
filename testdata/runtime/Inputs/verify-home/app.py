import os
import pathlib

import boto3


def lambda_handler(event, context):
    # A handler that keeps a file under its home and one in its temporary
    # directory, from one invocation to the next.
    seen = pathlib.Path.home() / ".orders" / "seen"
    existed = seen.exists()
    seen.parent.mkdir(parents=True, exist_ok=True)
    seen.write_text(event["id"])
    s3 = boto3.client("s3")
    return {"existed": existed, "region": s3.meta.region_name,
            "own_tmp": os.environ.get("TMPDIR", "").endswith("/tmp")}
