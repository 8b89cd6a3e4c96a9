# RUN: %expect %s
# Decorators that write the environment around every call: an instance
# whose `__call__` makes the wrapper, a function that wraps with an instance
# of a class whose `__call__` writes it, `functools.partial` of a decorator
# function. A client built in the handler reads what was written: no safe
# fix.
import functools
import os

import boto3


class Middleware:
    def __call__(self, fn):
        def wrapper(event, context):
            if "region" in event:
                os.environ["AWS_DEFAULT_REGION"] = event["region"]
            return fn(event, context)

        return wrapper


region_from_event = Middleware()


class Wrapped:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, event, context):
        if "region" in event:
            os.environ["AWS_DEFAULT_REGION"] = event["region"]
        return self.fn(event, context)


def regional(fn):
    return Wrapped(fn)


def with_env(fn, key, value_key):
    @functools.wraps(fn)
    def wrapper(event, context):
        if value_key in event:
            os.environ[key] = event[value_key]
        return fn(event, context)

    return wrapper


@region_from_event
def instance_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


@regional
def wrapped_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


@functools.partial(with_env, key="AWS_DEFAULT_REGION", value_key="region")
def partial_handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return sns.meta.region_name
