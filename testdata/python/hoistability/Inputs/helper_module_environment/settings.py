import os


def apply(event):
    os.environ["AWS_DEFAULT_REGION"] = event.get("region", "eu-west-3")
