import logging
import os

import boto3


def stamp(record, datefmt=None):
    os.environ["LAST_LOG"] = record.getMessage()
    return ""


class StampingFormatter(logging.Formatter):
    # The project's own function under the library's name.
    formatTime = staticmethod(stamp)

    def format(self, record):
        return self.formatTime(record) + record.getMessage()


logger = logging.getLogger()
_handler = logging.StreamHandler()
_handler.setFormatter(StampingFormatter())
logger.addHandler(_handler)


def lambda_handler(event, context):
    logger.info("start")
    s3 = boto3.client("s3")
    return s3.list_buckets()
