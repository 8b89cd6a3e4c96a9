# RUN: %expect %s
# The environment reached other than by its name: an alias of os.environ
# changed in place by `|=`, an attribute of `os` looked up by a computed
# name, the module's `os` looked up in globals(). A client built after the
# write reads it: no safe fix. `|=` on a local dict changes nothing.
import os

import boto3


def alias_handler(event, context):
    env = os.environ
    env |= {"AWS_DEFAULT_REGION": event.get("region", "eu-west-1")}
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def computed_handler(event, context):
    getattr(os, "env" + "iron")["AWS_DEFAULT_REGION"] = event.get("region", "eu-west-1")
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def globals_handler(event, context):
    globals()["os"].environ["AWS_DEFAULT_REGION"] = event.get("region", "eu-west-1")
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return sns.meta.region_name


def globals_get_handler(event, context):
    globals().get("os").environ["AWS_DEFAULT_REGION"] = event.get("region", "eu-west-1")
    # expect: client-in-handler[hoistable]
    kinesis = boto3.client("kinesis")
    return kinesis.meta.region_name


def merging_handler(event, context):
    settings = {"stage": "dev"}
    settings |= {"stage": event.get("stage", "dev")}
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb", region_name="us-east-1")
    return {"stage": settings["stage"], "region": ddb.meta.region_name}
