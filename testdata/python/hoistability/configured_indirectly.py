# RUN: %expect %s
# An object's event hooks reached by any means configure it: through
# `getattr` in a subclass's method, a bound `register` kept in a local or
# bound by `functools.partial`, the hooks given to a library call. Kept at
# module scope, the hooks would pile up, one more per invocation: no safe
# hoist. Reading a part through `getattr` moves safely.
import functools

import boto3

CALLS = {"n": 0}


def count(**kwargs):
    CALLS["n"] += 1


class Repository:
    def __init__(self):
        # expect: client-in-handler[hoistable]
        self.client = boto3.client("dynamodb", region_name="us-east-1")


class InstrumentedRepository(Repository):
    def __init__(self):
        super().__init__()
        hooks = getattr(self.client.meta, "events")
        hooks.register("before-parameter-build.dynamodb", count)


def subclass_handler(event, context):
    CALLS["n"] = 0
    repository = InstrumentedRepository()
    try:
        repository.client.list_tables()
    except Exception:
        pass
    return dict(CALLS)


def partial_handler(event, context):
    CALLS["n"] = 0
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    register = functools.partial(s3.meta.events.register, "before-parameter-build.s3")
    register(count)
    try:
        s3.list_buckets()
    except Exception:
        pass
    return dict(CALLS)


def bound_method_handler(event, context):
    CALLS["n"] = 0
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name="us-east-1")
    register = sqs.meta.events.register
    register("before-parameter-build.sqs", count)
    try:
        sqs.list_queues()
    except Exception:
        pass
    return dict(CALLS)


def library_handler(event, context):
    CALLS["n"] = 0
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name="us-east-1")
    install = functools.partial(getattr, sns.meta.events, "register")
    install()("before-parameter-build.sns", count)
    try:
        sns.list_topics()
    except Exception:
        pass
    return dict(CALLS)


def reading_handler(event, context):
    # expect: client-in-handler[hoistable]
    kinesis = boto3.client("kinesis", region_name="us-east-1")
    return {"region": getattr(kinesis.meta, "region_name")}
