# RUN: %expect %s
# A factory whose project decorator gets the client it returns, and hooks
# it: built once at INIT, the client would collect one more hook on every
# invocation: no safe fix.
import functools

import boto3

CALLS = []


def instrumented(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        client = fn(*args)
        client.meta.events.register("before-sign.s3", lambda **kw: CALLS.append(1))
        return client

    return wrapper


@instrumented
def get_client():
    # expect: client-in-handler[hoistable]
    return boto3.client("s3")


def handler(event, context):
    client = get_client()
    before = len(CALLS)
    client.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"})
    return len(CALLS) - before
