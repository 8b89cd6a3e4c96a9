# RUN: %expect %s
# A class's metaclass runs code of the project on the invoke path: its
# __call__ when the class is called ('Job()', 'cls()' in a classmethod,
# also where a base names the metaclass), a property of it when the class
# is read ('Job.region'). What that code does to the environment counts as
# the handler's own (trial 27: D03, K02, M01, M03, Q10: the safe fix
# answered us-east-1 where the original answered the region the metaclass
# wrote). A metaclass that only registers keeps the fix (in a module of its own; beside code that writes the environment and runs
# without a call naming it, as here, no fix is safe: unplaced_environment_writers.test).
import os

import boto3

REGISTRY = []


class Configured(type):
    def __call__(cls, *args, **kwargs):
        os.environ["AWS_DEFAULT_REGION"] = cls.region
        return super().__call__(*args, **kwargs)


class Job(metaclass=Configured):
    region = "ap-northeast-1"

    @classmethod
    def create(cls):
        return cls()


class Nightly(Job):
    region = "eu-west-3"


def handler(event, context):
    Job()
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}


def factory_handler(event, context):
    Job.create()
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return {"region": sqs.meta.region_name}


def inherited_handler(event, context):
    Nightly()
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return {"region": sns.meta.region_name}


class Regional(type):
    @property
    def region(cls):
        os.environ["AWS_DEFAULT_REGION"] = "eu-west-2"
        return "eu-west-2"


class Tenant(metaclass=Regional):
    pass


def property_handler(event, context):
    print(Tenant.region)
    # expect: client-in-handler[hoistable]
    kms = boto3.client("kms")
    return {"region": kms.meta.region_name}


class Registered(type):
    def __call__(cls, *args, **kwargs):
        REGISTRY.append(cls.__name__)
        return super().__call__(*args, **kwargs)


class Task(metaclass=Registered):
    pass


class Plain:
    """No bases, no metaclass (the ecosystem check crashed on one)."""


def registered_handler(event, context):
    Task()
    Plain()
    # expect: client-in-handler[hoistable]
    ssm = boto3.client("ssm")
    return {"region": ssm.meta.region_name}
