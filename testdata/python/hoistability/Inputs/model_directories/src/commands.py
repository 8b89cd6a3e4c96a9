import subprocess

import boto3


def handler(event, context):
    subprocess.run(["cp", "-r", "models", "/tmp/models"], check=False)
    widgets = boto3.client("widgets")
    return {"endpoint": widgets.meta.endpoint_url}
