import os

import boto3


def prepare(event):
    os.environ["BUCKET_REGION"] = event.get("region", "us-west-2")


class Handler:
    def __init__(self):
        self.steps = {"prepare": prepare}

    def __call__(self, event, context):
        self.steps["prepare"](event)
        s3 = boto3.client("s3", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
        return s3.meta.region_name


handler = Handler()
