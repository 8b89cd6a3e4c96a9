import os
import shutil

import boto3

HERE = os.path.dirname(os.path.abspath(__file__))


def handler(event, context):
    if not os.path.isdir("/tmp/models"):
        shutil.copytree(os.path.join(HERE, "models"), "/tmp/models")
    widgets = boto3.client("widgets")
    return {"endpoint": widgets.meta.endpoint_url}
