"""A safe fix above an unsafe finding: verify names the unsafe one on the
line it has in this file, not in the fixed copy."""
import sqlite3

import boto3


def handler(event, context):
    s3 = boto3.client("s3", region_name="us-east-1")
    db = sqlite3.connect(":memory:")
    return {"service": s3.meta.service_model.service_name,
            "one": db.execute("select 1").fetchone()[0]}
