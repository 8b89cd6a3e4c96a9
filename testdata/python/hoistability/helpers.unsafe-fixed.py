# Helper parameters take what the handler passes.
# RUN: %expect %s
import os

import boto3
import functools


@functools.lru_cache(maxsize=32)
def _client_for(service, region_name):
    return boto3.client(service, region_name=region_name)


@functools.lru_cache(maxsize=32)
def _s3_client_for(region_name):
    return boto3.client("s3", region_name=region_name)



def make(service, region=os.environ.get("AWS_REGION")):
    # expect: client-in-handler[hoistable]
    return _client_for(service, region)


def make_for(region):
    # expect: client-in-handler[not-hoistable]
    return _s3_client_for(region)


def handler(event, context):
    make("s3")
    make_for(event["region"])
