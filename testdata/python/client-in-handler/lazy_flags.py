# RUN: %expect %s
# A block guarded by a long-lived flag that the block itself sets so that
# the test fails from then on runs once per execution environment (a
# cold-start flag; Python trial 31, F04, F05): what it builds is not built
# on every invocation. A flag the block does not turn, or turns back, guards
# nothing.
import base64
import os

import boto3

INITIALIZED = False
CLIENTS = {}
STATE = {"first": True}
READY = None
WARM = False
AUTH_KEY = None


def global_flag_handler(event, context):
    global INITIALIZED
    if not INITIALIZED:
        # ok: client-in-handler
        CLIENTS["s3"] = boto3.client(
            "s3", region_name=os.environ.get("BUCKET_REGION", "us-east-1"))
        INITIALIZED = True
    return {"region": CLIENTS["s3"].meta.region_name}


def first_invocation_handler(event, context):
    if STATE["first"]:
        STATE["first"] = False
        # ok: client-in-handler
        sqs = boto3.client("sqs", region_name=event.get("region", "us-east-1"))
        STATE["region"] = sqs.meta.region_name
    return {"region": STATE["region"]}


def none_flag_handler(event, context):
    global READY
    if READY is None:
        # ok: client-in-handler
        CLIENTS["sns"] = boto3.client("sns")
        READY = "yes"
    return {"region": CLIENTS["sns"].meta.region_name}


def derived_value_handler(event, context):
    # The block keeps what it makes of what its client read (Chalice's todo
    # sample): `AUTH_KEY is None` fails once it holds what the call returned.
    global AUTH_KEY
    if AUTH_KEY is None:
        # ok: client-in-handler
        raw = boto3.client("ssm").get_parameter(Name="/app/key")["Parameter"]
        AUTH_KEY = base64.b64decode(raw["Value"])
    return {"key": len(AUTH_KEY)}


def unturned_flag_handler(event, context):
    # The block sets the flag to what passes the test again.
    global WARM
    if not WARM:
        # expect: client-in-handler[hoistable]
        logs = boto3.client("logs")
        WARM = False
        return {"region": logs.meta.region_name}
    return {}


def flag_never_set_handler(event, context):
    if not INITIALIZED:
        # expect: client-in-handler[hoistable]
        kinesis = boto3.client("kinesis")
        return {"region": kinesis.meta.region_name}
    return {}
