# RUN: %expect %s
import os

import boto3
from botocore.config import Config
import functools

REGION = os.environ.get("AWS_REGION", "us-east-1")
RETRIES = Config(retries={"max_attempts": 3})
TABLE = "orders"

@functools.lru_cache(maxsize=32)
def _s3_client_for(region_name):
    return boto3.client("s3", region_name=region_name)


@functools.lru_cache(maxsize=32)
def _lambda_client_for(region_name):
    return boto3.client("lambda", region_name=region_name)

a = boto3.client("s3", region_name=REGION, config=RETRIES)
b = boto3.client("sqs", endpoint_url=os.environ["QUEUE_URL"])
c = boto3.client("sns", region_name=os.getenv("SNS_REGION"))
name = f"{os.environ['PREFIX']}-table"
d = boto3.resource("dynamodb", region_name=name)


def rebind():
    global TABLE
    TABLE = "other"


def refresh():
    # Called at run time: TABLE changes between invocations (a function
    # only module-level code calls would set it once, at INIT).
    rebind()


def handler(event, context):
    # expect: client-in-handler[hoistable]
    # expect: client-in-handler[hoistable]
    # expect: client-in-handler[hoistable]
    # expect: client-in-handler[hoistable]
    # expect: client-in-handler[not-hoistable]
    e = _s3_client_for(event["region"])
    region = event.get("region")
    # expect: client-in-handler[not-hoistable]
    f = _s3_client_for(region)
    # expect: client-in-handler[not-hoistable]
    g = boto3.resource("dynamodb", region_name=TABLE)
    # expect: client-in-handler[not-hoistable]
    h = _lambda_client_for(context.invoked_function_arn.split(":")[3])
    return a, b, c, d, e, f, g, h
