# RUN: %expect %s
# os.environ used as a value other than read in place may be written
# wherever it goes: kept in an attribute chosen by a conditional expression,
# or reached through the module importlib.import_module gives back. A
# client built after it reads what was written: no safe fix. A handler that
# writes nothing keeps its safe fix (in a module of its own; beside code that writes the environment and runs
# without a call naming it, as here, no fix is safe: unplaced_environment_writers.test).
import importlib
import os

import boto3


class Settings:
    def __init__(self, env=None):
        self.env = env if env is not None else os.environ

    def set_region(self, region):
        self.env["AWS_DEFAULT_REGION"] = region


def conditional_attribute_handler(event, context):
    if "region" in event:
        Settings().set_region(event["region"])
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def imported_by_name_handler(event, context):
    if "region" in event:
        importlib.import_module("os").environ["AWS_DEFAULT_REGION"] = event["region"]
    # expect: client-in-handler[hoistable]
    ssm = boto3.client("ssm")
    return ssm.meta.region_name


def reading_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.service_model.service_name
