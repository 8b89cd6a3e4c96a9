# RUN: %expect %s
# A decorator applied in the handler runs when the definition does: a
# class decorator a factory made of the event, which writes the region the
# client reads (trial 17 repro 13, E24): no safe fix; a decorator made of
# a bound method of the client's event hooks ('@functools.partial(on,
# ...)' with 'on = sqs.meta.events.register'), which registers the
# function it decorates (repro 09, A15): moved, each invocation would add
# a hook to the one shared client, so no fix. A decorator of the module
# that writes nothing keeps the safe fix.
import functools
import os

import boto3

CALLS = []
s3 = boto3.client("s3", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
sns = boto3.client("sns")


def prepare(event):
    os.environ["BUCKET_REGION"] = event.get("region", "us-west-2")


def model(event):
    def register(cls):
        prepare(event)
        return cls

    return register


def keep(function):
    return function


def class_decorator_handler(event, context):
    Model = model(event)

    @Model
    class Order:
        pass

    # expect: client-in-handler[hoistable]
    return [s3.meta.region_name, Order.__name__]


def hook_decorator_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    on = sqs.meta.events.register

    @functools.partial(on, "before-parameter-build.sqs")
    def count(**kwargs):
        CALLS.append(1)

    before = len(CALLS)
    sqs.generate_presigned_url("list_queues")
    return len(CALLS) - before


def plain_decorator_handler(event, context):
    @keep
    def answer():
        return 42

    # expect: client-in-handler[hoistable]
    return [sns.meta.region_name, answer()]
