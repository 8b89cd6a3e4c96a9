# RUN: %expect %s
# Code on the invoke path that looks at object identity or lifetime (`is`
# between objects, `id()`, `weakref`, `gc.get_referrers`) tells one object
# kept for every invocation from one built per invocation, and two
# constructions hoisted to one name from two objects: no safe hoist. `is
# None`, a class or a type compared by identity looks at no built object.
import gc
import weakref

import boto3

ALIVE = []
dynamodb_client = boto3.client("dynamodb", region_name="us-east-1")
sqs = boto3.client("sqs", region_name="us-east-1")
sns = boto3.client("sns", region_name="us-east-1")
kinesis = boto3.client("kinesis", region_name="us-east-1")


def make_client():
    # expect: client-in-handler[hoistable]
    return boto3.client("s3", region_name="us-east-1")


def compared_handler(event, context):
    # expect: client-in-handler[hoistable]
    local = boto3.client("s3", region_name="us-east-1")
    return {"same": local is make_client()}


class Repository:
    def __init__(self):
        # expect: client-in-handler[hoistable]
        self.client = dynamodb_client


def attribute_handler(event, context):
    first, second = Repository(), Repository()
    return {"same": first.client is not second.client}


def make_session():
    # expect: client-in-handler[hoistable]
    return boto3.Session(region_name="us-east-1")


def id_handler(event, context):
    # expect: client-in-handler[hoistable]
    session = boto3.Session(region_name="us-east-1")
    return {"distinct": id(session) != id(make_session())}


def weakref_handler(event, context):
    # expect: client-in-handler[hoistable]
    ALIVE.append(weakref.ref(sqs))
    gc.collect()
    return {"alive": sum(1 for ref in ALIVE if ref() is not None)}


def referrers_handler(event, context):
    # expect: client-in-handler[hoistable]
    return {"referrers": len(gc.get_referrers(sns)) > 0}


def none_handler(event, context):
    cached = event.get("cached")
    # expect: client-in-handler[hoistable]
    if cached is None and type(event) is dict and kinesis.meta is not None:
        return {"region": kinesis.meta.region_name}
    return {"region": None}
