import boto3

CALLS = []


def count(**kwargs):
    CALLS.append(1)


def instrument(client):
    client.meta.events.register("before-call.s3.ListBuckets", count)


HOOKS = {"trace": instrument}


def handler(event, context):
    s3 = boto3.client("s3")
    HOOKS["trace"](s3)
    return s3.meta.region_name
