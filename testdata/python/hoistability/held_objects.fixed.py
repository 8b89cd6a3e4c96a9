# RUN: %expect %s
# What reaches a built object without naming it: a sub-resource shares its
# resource's client (hooks registered through it would accumulate on a
# shared one), an item of a container holds it, a close method handed over
# closes it. A partial of a constructor builds as the constructor does.
import contextlib
import functools
import sqlite3

import boto3

HITS = []
make_sns = functools.partial(boto3.client, "sns")
sns = make_sns()


def count(**kwargs):
    HITS.append(1)


def table_handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = boto3.resource("dynamodb")
    table = ddb.Table(event.get("table", "orders"))
    table.meta.client.meta.events.register(
        "provide-client-params.dynamodb.GetItem", count)
    del HITS[:]
    try:
        table.get_item(Key={"id": "1"})
    except Exception as error:
        return [len(HITS), type(error).__name__]


def bucket_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.resource("s3")
    bucket = s3.Bucket("b")
    bucket.meta.client.meta.events.register(
        "provide-client-params.s3.ListObjects", count)
    del HITS[:]
    try:
        list(bucket.objects.all())
    except Exception as error:
        return [len(HITS), type(error).__name__]


class Holder:
    def __init__(self):
        self.clients = []


def listed_handler(event, context):
    holder = Holder()
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    holder.clients.append(sqs)
    if event.get("kind") == "a":
        holder.clients[0].meta.events.register(
            "provide-client-params.sqs.*", count)
    del HITS[:]
    try:
        sqs.list_queues()
    except Exception as error:
        return [len(HITS), type(error).__name__]


def exit_stack_handler(event, context):
    with contextlib.ExitStack() as stack:
        # expect: connection-in-handler[hoistable]
        conn = sqlite3.connect(":memory:")
        stack.callback(conn.close)
        conn.execute("create table if not exists t(x)")
        conn.execute("insert into t values (?)", (event.get("id", "0"),))
        return conn.execute("select count(*) from t").fetchone()[0]


def partial_handler(event, context):
    # expect: client-in-handler[hoistable]
    return sns.meta.region_name
