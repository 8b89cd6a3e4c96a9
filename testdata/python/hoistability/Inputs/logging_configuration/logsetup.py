import logging
import os


def make_handler():
    # The handler's factory picks the region its log shipping reads.
    os.environ["AWS_DEFAULT_REGION"] = "eu-west-2"
    return logging.NullHandler()


def quiet_handler():
    return logging.NullHandler()


class RegionFilter(logging.Filter):
    def __init__(self):
        super().__init__()
        os.environ["AWS_DEFAULT_REGION"] = "eu-west-3"
