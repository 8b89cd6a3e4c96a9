import os


def prepare(event):
    os.environ["DATA_REGION"] = event.get("region", "us-east-1")
