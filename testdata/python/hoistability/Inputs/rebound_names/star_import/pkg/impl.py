import os


def configure():
    os.environ["AWS_DEFAULT_REGION"] = "ap-south-1"
