# RUN: %expect %s
# The invoke path writes the environment through a project class's special
# methods (an item set runs `__setitem__`, a loop runs `__iter__`) or calls
# boto3.setup_default_session through getattr. A client built after it
# reads what was written: no safe fix. A handler that writes nothing keeps
# its safe fix (in a module of its own; beside code that writes the environment and runs
# without a call naming it, as here, no fix is safe: unplaced_environment_writers.test).
import os

import boto3

s3 = boto3.client("s3")
sqs = boto3.client("sqs")
sns = boto3.client("sns")
ssm = boto3.client("ssm")


class EnvOverrides:
    def __setitem__(self, key, value):
        os.environ[key] = value


class RegionScope:
    def __init__(self, event):
        self.region = event.get("region")

    def __iter__(self):
        if self.region:
            os.environ["AWS_DEFAULT_REGION"] = self.region
        return iter(())


OVERRIDES = EnvOverrides()


def item_handler(event, context):
    if "region" in event:
        OVERRIDES["AWS_DEFAULT_REGION"] = event["region"]
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def iterated_handler(event, context):
    for _ in RegionScope(event):
        pass
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name


def getattr_handler(event, context):
    if "region" in event:
        getattr(boto3, "setup_default_session")(region_name=event["region"])
    # expect: client-in-handler[hoistable]
    return sns.meta.region_name


def plain_handler(event, context):
    # expect: client-in-handler[hoistable]
    return ssm.meta.service_model.service_name
