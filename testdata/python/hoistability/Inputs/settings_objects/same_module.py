import boto3
from botocore.config import Config


class Tuning:
    def __init__(self):
        self.timeout = 5

    def tune(self, event):
        setattr(self, "timeout", event.get("x", self.timeout))


TUNING = Tuning()


def handler(event, context):
    TUNING.tune(event)
    s3 = boto3.client("s3", config=Config(read_timeout=TUNING.timeout))
    return s3.meta.config.read_timeout
