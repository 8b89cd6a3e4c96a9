import boto3

REGION = "us-east-1"
QUEUES = boto3.client("sqs", region_name=REGION)


def handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name=REGION)
    return sqs.meta.region_name


# Deployment overrides, star-imported last: they rebind REGION.
from overrides import *  # noqa: E402,F401,F403
