import logging
import os

import boto3


class JSONFormatter(logging.Formatter):
    # formatTime is logging.Formatter's: the standard library's code.
    def format(self, record):
        return self.formatTime(record, self.datefmt) + " " + record.getMessage()


logger = logging.getLogger()
_handler = logging.StreamHandler()
_handler.setFormatter(JSONFormatter())
logger.addHandler(_handler)


def lambda_handler(event, context):
    logger.info("start")
    s3 = boto3.client("s3")
    return s3.list_buckets()
