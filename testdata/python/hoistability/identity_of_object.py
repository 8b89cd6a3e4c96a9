# RUN: %expect %s
# A client built per invocation shows which instance it is through its
# repr, str, hash and type (botocore makes a class per client), an f-string
# or `%` formatting of it, and `==` against another object, and so do its
# parts that are objects of their own (`meta`, not `meta.region_name`).
# Code that keeps or returns what those give tells one client kept for every
# invocation from one built per invocation (the set grows by one per
# invocation, or not at all): no fix, as for a client configured after it
# is built. A client only logged, printed, or named by its type's name
# keeps its safe fix.
import logging

import boto3

logger = logging.getLogger(__name__)
SEEN = set()
KINDS = []
LAST = []


def repr_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    SEEN.add(repr(s3))
    return bool(SEEN)


def hash_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name="us-east-1")
    SEEN.add(sqs.__hash__())
    return bool(SEEN)


def formatted_handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name="us-east-1")
    SEEN.add(f"{sns!r}")
    SEEN.add("%s" % sns)
    return bool(SEEN)


def remember(client):
    kind = type(client)
    if kind not in KINDS:
        KINDS.append(kind)
    return len(KINDS)


def helper_handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb", region_name="us-east-1")
    return remember(ddb)


def compared_handler(event, context):
    # expect: client-in-handler[hoistable]
    kinesis = boto3.client("kinesis", region_name="us-east-1")
    same = bool(LAST) and kinesis == LAST[-1]
    LAST.append(kinesis)
    return same


def make_ec2():
    # expect: client-in-handler[hoistable]
    return boto3.client("ec2", region_name="us-east-1")


def parts_handler(event, context):
    first = make_ec2()
    second = make_ec2()
    return first.meta == second.meta


def logged_handler(event, context):
    # expect: client-in-handler[hoistable]
    logs = boto3.client("logs", region_name="us-east-1")
    logger.info("client %s of type %s", logs, type(logs))
    logger.debug(f"built {logs!r}")
    print(repr(logs))
    return [type(logs).__name__, logs.meta.region_name == "us-east-1"]
