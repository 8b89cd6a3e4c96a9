# RUN: %expect %s
# A construction in a loop, here or in a helper called in a loop, builds one
# object per item. Used only in place (attribute reads, method calls), each
# dies with its iteration, and one object built at INIT does what they did:
# a safe fix. Kept beyond its iteration (collected, returned, passed on),
# each item had an object of its own: the fix is unsafe. So is one whose
# building can fail, as in a branch: the loop may not run at all.
import os

import boto3


def bucket_region(name):
    # expect: client-in-handler[hoistable]
    s3 = boto3.resource("s3")
    return s3.Bucket(name).name + "@" + s3.meta.client.meta.region_name


def per_item_handler(event, context):
    regions = []
    for name in ("photos", "logs"):
        # expect: client-in-handler[hoistable]
        sqs = boto3.client("sqs", region_name="us-east-1")
        regions.append(sqs.meta.region_name + ":" + name)
        regions.append(bucket_region(name))
    return regions


def named_like_its_factory_handler(event, context):
    # A local named as the factory's attribute ('client', 'boto3.client') is
    # still used only in place.
    queues = []
    for name in ("orders", "refunds"):
        # expect: client-in-handler[hoistable]
        client = boto3.client("sqs", region_name="us-east-1")
        queues.append(client.meta.region_name + ":" + name)
    return queues


def collected_handler(event, context):
    clients = []
    for _ in ("photos", "logs"):
        # expect: client-in-handler[hoistable]
        sns = boto3.client("sns", region_name="us-east-1")
        clients.append(sns)
    return len({id(c) for c in clients})


def comprehension_handler(event, context):
    clients = [
        # expect: client-in-handler[hoistable]
        boto3.client("kms", region_name="us-east-1")
        for _ in ("a", "b")
    ]
    return len({id(c) for c in clients})


def failing_handler(event, context):
    names = []
    for name in event.get("kind", ""):
        # expect: client-in-handler[hoistable]
        sqs = boto3.client("sqs", region_name=os.environ["QUEUE_REGION"])
        names.append(sqs.meta.region_name + name)
    return names


def new_session():
    # expect: client-in-handler[hoistable]
    return boto3.Session(region_name="us-east-1")


def session_region(name):
    return new_session().region_name + ":" + name


def returned_in_place_handler(event, context):
    # A helper returns what it builds, and its caller uses that in place
    # (fresh32 P4b): each object still dies with its iteration.
    return [session_region(name) for name in ("orders", "refunds")]


def kept_session():
    # expect: client-in-handler[hoistable]
    return boto3.Session(region_name="us-east-1")


def session_for(name):
    return kept_session()


def returned_again_handler(event, context):
    # Returned on by its caller, each item's session is kept: unsafe.
    sessions = [session_for(name) for name in ("orders", "refunds")]
    return len({id(s) for s in sessions})
