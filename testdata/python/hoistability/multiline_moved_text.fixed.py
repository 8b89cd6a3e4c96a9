# RUN: %expect %s
# A construction written over several lines outside brackets of its own
# parses only inside the parentheses (or the call) around it: the moved
# code keeps parentheses, at module scope and in a cache factory's
# `return`. One continued with backslashes parses as it is.
import boto3
from botocore.config import Config
import functools


@functools.lru_cache(maxsize=32)
def _client_for(service):
    return (boto3
        .client(service, region_name="eu-west-1"))

dynamodb_client = (boto3
.client(
    "dynamodb",
    config=Config(retries={"max_attempts": 2}),
))
sqs = boto3 \
    .client("sqs", region_name="eu-west-1")


def client_for(service):
    return (
        # expect: client-in-handler[hoistable]
        _client_for(service)
    )


def lambda_handler(event, context):
    ddb = (
        # expect: client-in-handler[hoistable]
        dynamodb_client
    )
    # expect: client-in-handler[hoistable]
    sns = client_for("sns")
    return [ddb.meta.region_name, sqs.meta.region_name, sns.meta.region_name]
