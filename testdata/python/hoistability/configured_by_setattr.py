# RUN: %expect %s
# setattr() and delattr() on the client or a part of it configure it as an
# assignment does: 'setattr(s3.meta.config, "read_timeout", t)' is
# 's3.meta.config.read_timeout = t'. Built at INIT, the client would keep
# one event's timeout for the next (trial 26: D1, D2, D4, D5, F12: original
# 2, 60, 9, 60; the safe fix gave 2, 2, 9, 9): no fix. So do a class's
# '__setattr__' given the object ('object.__setattr__(s3.meta.config, ...)')
# and a partial binding either to it, called then or later (trial 27: N09,
# M11).
import functools

import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    if "t" in event:
        setattr(s3.meta.config, "read_timeout", event["t"])
    return {"read_timeout": s3.meta.config.read_timeout}


def tune(client, event):
    if "retries" in event:
        setattr(client.meta.config, "retries", {"max_attempts": event["retries"]})


def helper_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    tune(sqs, event)
    return {"retries": sqs.meta.config.retries}


def untuned_handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    if "plain" in event:
        delattr(sns.meta.config, "user_agent_extra")
    return {"region": sns.meta.region_name}


def object_setattr_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    if event.get("fast"):
        object.__setattr__(s3.meta.config, "read_timeout", 1)
    return {"read_timeout": s3.meta.config.read_timeout}


def partial_setattr_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    if event.get("fast"):
        functools.partial(setattr, s3.meta.config)("read_timeout", 1)
    return {"read_timeout": s3.meta.config.read_timeout}


def later_partial_handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb")
    unset = functools.partial(object.__delattr__, ddb.meta.config)
    if "plain" in event:
        unset("user_agent_extra")
    return {"region": ddb.meta.region_name}
