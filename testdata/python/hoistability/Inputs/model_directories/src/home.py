import os

import boto3


def handler(event, context):
    folder = os.path.join(os.path.expanduser("~"), ".aws", "models", "widgets")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "service-2.json"), "w") as model:
        model.write("{}")
    widgets = boto3.client("widgets")
    return {"endpoint": widgets.meta.endpoint_url}
