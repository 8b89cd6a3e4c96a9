# RUN: %expect %s
# An object put in a container is reached through the container's items,
# which hoist does not follow: configured through them (its hooks registered
# on 'clients[0]'), it would keep that configuration from one invocation to
# the next. The move is unsafe unless the container is a local list the
# function only fills and counts.
import boto3

HOOK_CALLS = []


def count_call(**kwargs):
    HOOK_CALLS.append(1)


def hooks_called(s3):
    del HOOK_CALLS[:]
    try:
        s3.list_buckets()
    except Exception as error:
        return [len(HOOK_CALLS), type(error).__name__]
    return [len(HOOK_CALLS)]


def appended_handler(event, context):
    clients = []
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    clients.append(s3)
    clients[0].meta.events.register("before-parameter-build.s3.*", count_call)
    return hooks_called(s3)


def item_handler(event, context):
    holder = {}
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    holder["s3"] = s3
    holder["s3"].meta.events.register("before-parameter-build.s3.*", count_call)
    return hooks_called(s3)


def collect(bag, client):
    bag.append(client)


def helper_handler(event, context):
    bag = []
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    collect(bag, s3)
    for client in bag:
        client.meta.events.register("before-parameter-build.s3.*", count_call)
    return hooks_called(s3)


def counted_handler(event, context):
    # Only filled and counted: the move is safe.
    kept = []
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    kept.append(sqs)
    return [sqs.meta.region_name, len(kept)]
