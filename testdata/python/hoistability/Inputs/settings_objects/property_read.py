import boto3
from botocore.config import Config

from settings import CLOCK


def handler(event, context):
    s3 = boto3.client("s3", config=Config(user_agent_extra=CLOCK.stamp))
    return s3.meta.config.user_agent_extra
