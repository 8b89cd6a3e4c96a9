import os

import boto3


class App:
    def __init__(self, prepare):
        self.prepare = prepare

    def __call__(self, event, context):
        tenant = self.prepare(event)
        s3 = boto3.client("s3")
        return {"region": s3.meta.region_name, "tenant": tenant}


def prepare(event):
    if "region" in event:
        os.environ["AWS_DEFAULT_REGION"] = event["region"]
    return event.get("n")


handler = App(prepare)
