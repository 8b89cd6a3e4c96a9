import os


def configure():
    os.environ["AWS_DEFAULT_REGION"] = "eu-west-2"
