# RUN: %expect %s
# An object configured through a part of it, by a library call it is given
# to, or kept in module state carries that into the next invocation: no
# safe hoist. Reading a part, or keeping it in a local list, moves safely.
import boto3
from botocore.stub import Stubber

HOOK_CALLS = {"count": 0}
KEPT = []


def count_call(**kwargs):
    HOOK_CALLS["count"] += 1


def emitter_handler(event, context):
    HOOK_CALLS["count"] = 0
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    emitter = sqs.meta.events
    emitter.register("before-parameter-build.sqs", count_call)
    try:
        sqs.list_queues()
    except Exception:
        pass
    return HOOK_CALLS["count"]


def vars_emitter_handler(event, context):
    HOOK_CALLS["count"] = 0
    # expect: client-in-handler[hoistable]
    sts = boto3.client("sts")
    emitter = vars(sts.meta)["events"]
    emitter.register("before-parameter-build.sts", count_call)
    try:
        sts.get_caller_identity()
    except Exception:
        pass
    return HOOK_CALLS["count"]


def getattr_handler(event, context):
    HOOK_CALLS["count"] = 0
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    getattr(sns.meta.events, "register")("before-parameter-build.sns", count_call)
    try:
        sns.list_topics()
    except Exception:
        pass
    return HOOK_CALLS["count"]


def stubbed_handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb")
    if event.get("kind") == "a":
        stubber = Stubber(ddb)
        stubber.add_response("list_tables", {"TableNames": ["stubbed"]})
        stubber.activate()
    try:
        return ddb.list_tables()["TableNames"]
    except Exception as error:
        return type(error).__name__


def kept_handler(event, context):
    # expect: client-in-handler[hoistable]
    kinesis = boto3.client("kinesis")
    KEPT.append(kinesis)
    return len({id(client) for client in KEPT})


def reading_handler(event, context):
    # expect: client-in-handler[hoistable]
    logs = boto3.client("logs")
    region = logs.meta.region_name
    local_list = []
    local_list.append(logs)
    return [region.upper(), len(local_list)]
