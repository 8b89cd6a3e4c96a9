# RUN: %expect %s
# Module-level statements below the handler that run project code at INIT
# and change what the client reads: a base class's `__init_subclass__`, a
# metaclass: the new line goes after them, and the client reads what they
# set, as the handler did. `globals()["REGION"] = ...` binds again the name
# the SQS client reads, and runs none of the module's code: that client goes
# after it, and reads what the handler read (trial 25, N06; before, no place
# came after it and that client got no safe fix). These fixes are unsafe:
# hoist does not tell `__init_subclass__` run by a class statement at INIT
# from one run later (unplaced_environment_writers.test).
import os

import boto3

REGION = "us-west-2"


def handler(event, context):
    # expect: client-in-handler[hoistable]
    # expect: client-in-handler[hoistable]
    return [s3.meta.region_name, sqs.meta.region_name]


class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        os.environ["AWS_DEFAULT_REGION"] = cls.region


class Meta(type):
    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        os.environ["AWS_DEFAULT_REGION"] = namespace.get("region", "us-east-1")


class Derived(Base):
    region = "eu-west-2"


class Measured(metaclass=Meta):
    region = "eu-west-3"


globals()["REGION"] = "eu-central-1"
s3 = boto3.client("s3")
sqs = boto3.client("sqs", region_name=REGION)
