import os

import boto3

BASE = os.environ.get("EXPORT_DIR", "/tmp")


def handler(event, context):
    with open(os.path.join(BASE, event.get("name", "out.json")), "w") as out:
        out.write("{}")
    widgets = boto3.client("widgets")
    s3 = boto3.client("s3")
    return {"endpoint": widgets.meta.endpoint_url, "region": s3.meta.region_name}
