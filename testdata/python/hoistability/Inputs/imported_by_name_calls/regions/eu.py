import os

os.environ["AWS_DEFAULT_REGION"] = "eu-west-1"
MARK = "eu"


def apply():
    return MARK
