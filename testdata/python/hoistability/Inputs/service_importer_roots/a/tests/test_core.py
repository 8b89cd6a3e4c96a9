import os

from core import Core


def test_run():
    os.environ["AWS_REGION"] = "eu-west-1"
    Core()
