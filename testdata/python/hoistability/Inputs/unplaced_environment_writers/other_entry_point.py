import os

import boto3


class Admin:
    def set_region(self, region):
        os.environ["AWS_DEFAULT_REGION"] = region


def admin_handler(event, context):
    Admin().set_region(event.get("region", "eu-west-2"))
    return {"ok": True}


def handler(event, context):
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}
