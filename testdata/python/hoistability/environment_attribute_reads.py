# RUN: %expect %s
# Reading an attribute runs project code: a property's getter, or the
# class's __getattr__ for a name it does not define. Both write the region
# here, on the invoke path before the client is built: built at INIT, the
# client would keep the region of no invocation. No safe fix. A property
# that only reads keeps the safe fix (in a module of its own; beside code that writes the environment and runs
# without a call naming it, as here, no fix is safe: unplaced_environment_writers.test).
import os

import boto3


class Lazy:
    def __init__(self):
        self.event = {}

    def __getattr__(self, name):
        os.environ["AWS_DEFAULT_REGION"] = self.event.get("region", "us-east-1")
        return name


class Settings:
    def __init__(self):
        self.event = {}

    @property
    def region(self):
        os.environ["AWS_DEFAULT_REGION"] = self.event.get("region", "us-east-1")
        return os.environ["AWS_DEFAULT_REGION"]

    @property
    def stage(self):
        return self.event.get("stage", "dev")


LAZY = Lazy()
SETTINGS = Settings()


def getattr_handler(event, context):
    LAZY.event = event
    LAZY.anything
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def property_handler(event, context):
    SETTINGS.event = event
    print(SETTINGS.region)
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def stage_handler(event, context):
    SETTINGS.event = event
    print(SETTINGS.stage)
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb")
    return ddb.meta.region_name
