# RUN: %expect %s
# The client goes to a helper that configures it through a way of reaching
# it that a plain parameter does not show: a local bound to a part of it
# through getattr ('events = getattr(client.meta, "events")', 'meta =
# getattr(client, "meta")'), a '**clients' parameter whose items hoist does
# not follow (also forwarded: 'setup(client=s3)' to 'def setup(**options)'),
# or a part of it given back ('events_of(s3).register(...)',
# 'registrar(s3)(...)', 'meta = meta_of(s3)') or yielded by a generator or
# a context manager ('with hooks_of(s3) as events', 'next(parts_of(s3))';
# trial 25, cause 2). Built at INIT, the client
# would gather one more hook each invocation (the differential run of the
# safe fixes hoist gave them before showed 1, 2, 3, ... where the original
# answered 1): no fix (Python trial 23: A07, A15, A18-A22, L05). A helper
# that only reads a part it gives back keeps the safe fix.
import contextlib

import boto3

CALLS = []
sqs = boto3.client("sqs")


def count_call(**kwargs):
    CALLS.append(1)


def presign(client):
    before = len(CALLS)
    client.generate_presigned_url(
        "get_object", Params={"Bucket": "b", "Key": "k"})
    return len(CALLS) - before


def trace_events(client):
    events = getattr(client.meta, "events")
    events.register("before-sign.s3", count_call)


def getattr_events_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    trace_events(s3)
    return presign(s3)


def trace_meta(client):
    meta = getattr(client, "meta")
    meta.events.register("before-sign.s3", count_call)


def getattr_meta_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    trace_meta(s3)
    return presign(s3)


def trace_all(**clients):
    for client in clients.values():
        client.meta.events.register("before-sign.s3", count_call)


def keyword_items_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    trace_all(storage=s3)
    return presign(s3)


def attach(client):
    client.meta.events.register("before-sign.s3", count_call)


def setup(**options):
    attach(options["client"])


def forwarded_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    setup(client=s3)
    return presign(s3)


def events_of(client):
    return client.meta.events


def returned_events_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    events_of(s3).register("before-sign.s3", count_call)
    return presign(s3)


def registrar(client):
    register = client.meta.events.register
    return register


def returned_register_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    registrar(s3)("before-sign.s3", count_call)
    return presign(s3)


def meta_of(client):
    return client.meta


def returned_meta_local_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    meta = meta_of(s3)
    meta.events.register("before-sign.s3", count_call)
    return presign(s3)


@contextlib.contextmanager
def hooks_of(client):
    yield client.meta.events


def yielded_events_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    with hooks_of(s3) as events:
        events.register("before-sign.s3", count_call)
    return presign(s3)


def parts_of(client):
    yield client.meta
    yield client.meta.config


def generated_meta_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    next(parts_of(s3)).events.register("before-sign.s3", count_call)
    return presign(s3)


def region_of(client):
    region = getattr(client.meta, "region_name")
    return region


def describe(client, *, label):
    return {label: region_of(client).upper()}


def read_only_handler(event, context):
    # expect: client-in-handler[hoistable]
    return describe(sqs, label="region")
