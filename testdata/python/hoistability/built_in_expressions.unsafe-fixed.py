# RUN: %expect %s
# A construction that is not the whole right side of 'name = <call>' is
# followed wherever its object goes (trial 22 repro 05): through parentheses,
# 'typing.cast', 'or' and 'if ... else', a walrus, an assignment chain, into
# a call, a container or an object made of it. Configured afterwards, moved
# to module scope, the one client would gather a hook more on every
# invocation (1, 2, 3 where the original answers 1, 1, 1): no fix, or an
# unsafe one where hoist cannot tell where it goes.
import types
from typing import cast

import boto3

HOOK_CALLS = []
USE_S3 = True
s3_client = boto3.client("s3")
sqs_client = boto3.client("sqs")
dynamodb_client = boto3.client("dynamodb")


def count_call(**kwargs):
    HOOK_CALLS.append(1)


def hooks_called(s3):
    del HOOK_CALLS[:]
    s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"})
    return len(HOOK_CALLS)


def instrument(client):
    client.meta.events.register("before-parameter-build.s3.GetObject", count_call)
    return client


def parenthesized_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = (boto3.client("s3"))
    s3.meta.events.register("before-parameter-build.s3.GetObject", count_call)
    return hooks_called(s3)


def chained_handler(event, context):
    # expect: client-in-handler[hoistable]
    client = s3 = (boto3.client("s3"))
    client.meta.events.register("before-parameter-build.s3.GetObject", count_call)
    return hooks_called(s3)


def cast_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = cast("S3Client", boto3.client("s3"))
    s3.meta.events.register("before-parameter-build.s3.GetObject", count_call)
    return hooks_called(s3)


def process(event, s3=None):
    # expect: client-in-handler[hoistable]
    s3 = s3 or boto3.client("s3")
    s3.meta.events.register("before-parameter-build.s3.GetObject", count_call)
    return hooks_called(s3)


def or_default_handler(event, context):
    return process(event)


def conditional_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3") if USE_S3 else None
    s3.meta.events.register("before-parameter-build.s3.GetObject", count_call)
    return hooks_called(s3)


def walrus_handler(event, context):
    # expect: client-in-handler[hoistable]
    if (s3 := boto3.client("s3")) is None:
        return None
    s3.meta.events.register("before-parameter-build.s3.GetObject", count_call)
    return hooks_called(s3)


def instrumented_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = instrument(boto3.client("s3"))
    return hooks_called(s3)


def dict_handler(event, context):
    # expect: client-in-handler[hoistable]
    clients = {"s3": s3_client}
    clients["s3"].meta.events.register("before-parameter-build.s3.GetObject", count_call)
    return hooks_called(clients["s3"])


def namespace_handler(event, context):
    # expect: client-in-handler[hoistable]
    deps = types.SimpleNamespace(s3=s3_client)
    deps.s3.meta.events.register("before-parameter-build.s3.GetObject", count_call)
    return hooks_called(deps.s3)


def queue_region(sqs=None):
    # expect: client-in-handler[hoistable]
    sqs = sqs or sqs_client
    return sqs.meta.region_name


def used_handler(event, context):
    # Only used: each moves safely.
    # expect: client-in-handler[hoistable]
    s3 = (s3_client)
    # expect: client-in-handler[hoistable]
    region = dynamodb_client.meta.region_name
    return [hooks_called(s3), queue_region(), region]
