# RUN: %expect %s
# A factory under a project decorator whose wrapper gives back what the
# factory returns, untouched (it times or traces the call: 'return
# fn(*args, **kwargs)', also in a try whose finally records a span, or
# through a local only that call binds; a decorator factory's too), hands
# the client to its caller: what the caller does with it decides the fix
# (trial 26: Y01, Y02, refused before). A wrapper that does more with the
# result (registers a hook on it, keeps it) is not followed: no safe fix.
import functools
import time

import boto3

SPANS = []
KEPT = []


def count_call(**kwargs):
    pass


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


class Tracer:
    def capture_method(self, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            start = time.monotonic()
            try:
                result = fn(*args, **kwargs)
                return result
            finally:
                SPANS.append((fn.__name__, time.monotonic() - start))

        return wrapper


tracer = Tracer()


def labelled(label):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            SPANS.append(label)
            return fn(*args, **kwargs)

        return wrapper

    return decorate


def hooked(fn):
    def wrapper(*args, **kwargs):
        client = fn(*args, **kwargs)
        client.meta.events.register("before-call.*", count_call)
        return client

    return wrapper


def kept(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        KEPT.append(result)
        return result

    return wrapper


@timed
def make_s3():
    # expect: client-in-handler[hoistable]
    return boto3.client("s3")


@tracer.capture_method
def get_table():
    # expect: client-in-handler[hoistable]
    return boto3.resource("dynamodb").Table("orders")


@labelled("sqs")
def make_sqs():
    # expect: client-in-handler[hoistable]
    return boto3.client("sqs")


@hooked
def make_sns():
    # expect: client-in-handler[hoistable]
    return boto3.client("sns")


@kept
def make_kms():
    # expect: client-in-handler[hoistable]
    return boto3.client("kms")


def handler(event, context):
    s3 = make_s3()
    return {"region": s3.meta.region_name, "table": get_table().name}


def queue_handler(event, context):
    return {"region": make_sqs().meta.region_name}


def topic_handler(event, context):
    return {"region": make_sns().meta.region_name}


def key_handler(event, context):
    return {"region": make_kms().meta.region_name, "kept": len(KEPT)}
