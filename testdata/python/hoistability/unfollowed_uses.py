# RUN: %expect %s
# A client used in a form hoist does not follow (packed in a tuple, chosen
# by 'if'/'or', put in a literal container, returned by a helper, kept by a
# helper's instance) may be configured through what holds it, which hoist
# would not see: no safe fix. Reading or calling its parts, testing it,
# giving it to a helper that only calls its methods, and making a table of it
# keep the fix safe.
import functools

import boto3

CALLS = []


def count(**kwargs):
    CALLS.append(1)


def instrument(client):
    client.meta.events.register("before-parameter-build", count)


def pick(a, b):
    return a or b


class Wrap:
    def __init__(self, client):
        self.client = client


def hooks_seen(client):
    n = len(CALLS)
    client.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"})
    return len(CALLS) - n


def tuple_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    c, _ = s3, None
    c.meta.events.register("before-parameter-build", count)
    return hooks_seen(s3)


def conditional_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    c = s3 if event is not None else None
    c.meta.events.register("before-parameter-build", count)
    return hooks_seen(s3)


def partial_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    functools.partial(instrument, s3)()
    return hooks_seen(s3)


def returned_by_helper_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    pick(s3, None).meta.events.register("before-parameter-build", count)
    return hooks_seen(s3)


def kept_by_helper_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    Wrap(s3).client.meta.events.register("before-parameter-build", count)
    return hooks_seen(s3)


def container_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    clients = {"main": s3}
    instrument(clients["main"])
    return hooks_seen(s3)


def region_of(client):
    return client.meta.region_name


def plain_reads_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    if s3 is None or not s3:
        return None
    print(f"{s3}")
    return {"r": s3.meta.region_name, "again": region_of(s3), "n": hooks_seen(s3)}


def table_handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = boto3.resource("dynamodb", region_name="us-east-1")
    table = ddb.Table("t")
    return table.name
