# RUN: %expect %s
# Module state a construction reads, set on the invoke path through a class
# attribute, a classmethod's 'cls', globals(), setattr on the module from
# sys.modules, or the module imported by its own name ('import
# module_state_by_name as this', checked by an absolute path too: trial 22):
# what is built from it differs from one invocation to the next. A class
# attribute nothing sets is a constant.
import sys

import boto3

REGION = "us-east-1"
QUEUE_REGION = "us-east-1"
TOPIC_REGION = "us-east-1"


class Settings:
    region = "us-east-1"


class Loaded:
    region = "us-east-1"

    @classmethod
    def load(cls, event):
        cls.region = event.get("region", cls.region)


class Fixed:
    region = "eu-west-1"

s3 = boto3.client("s3", region_name=Fixed.region)


def configure(event):
    if "region" in event:
        Settings.region = event["region"]


def class_attribute_handler(event, context):
    configure(event)
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=Settings.region)
    return sqs.meta.region_name


def classmethod_handler(event, context):
    Loaded.load(event)
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", region_name=Loaded.region)
    return sns.meta.region_name


def globals_handler(event, context):
    if "region" in event:
        globals()["REGION"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    ssm = boto3.client("ssm", region_name=REGION)
    return ssm.meta.region_name


def setattr_handler(event, context):
    if "region" in event:
        setattr(sys.modules[__name__], "QUEUE_REGION", event["region"])
    # expect: client-in-handler[not-hoistable]
    sts = boto3.client("sts", region_name=QUEUE_REGION)
    return sts.meta.region_name


def own_name_handler(event, context):
    import module_state_by_name as this

    if "region" in event:
        this.TOPIC_REGION = event["region"]
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", region_name=TOPIC_REGION)
    return sns.meta.region_name


def constant_handler(event, context):
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name
