import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "vendor"))

import boto3
import tenant


def handler(event, context):
    tenant.prepare(event)
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=tenant.REGION)
    return s3.meta.region_name
