# RUN: %expect %s
# Once the local moves to module scope, code that ran while it was unbound
# (before it, or after a branch that did not build it), or that lists the
# function's locals, sees the module-level name: the hoist is unsafe. Read
# after a branch, a 'try' or a 'with' that nothing else gets past, it was
# bound, and the hoist is safe; so after a 'while True:' whose 'break's all
# come after it: its body runs that far at least once (trial 33). So is one
# where the local stays: a cache that misses 'global' reads its local
# before binding it (UnboundLocalError on every invocation), and the module
# binds the name, so only the call is replaced and the read fails as before
# (trial 25, L03).
import boto3

_logs = None
s3 = boto3.client("s3")
sqs = boto3.client("sqs")
sns = boto3.client("sns")
firehose = boto3.client("firehose")
kinesis = boto3.client("kinesis")
ses = boto3.client("ses")
sts = boto3.client("sts")
logs_client = boto3.client("logs")
ecs = boto3.client("ecs")
glue = boto3.client("glue")


def probing_handler(event, context):
    if event.get("kind") == "a":
        try:
            return s3.meta.region_name
        except NameError as error:
            return type(error).__name__
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def listing_handler(event, context):
    # expect: client-in-handler[hoistable]
    return sorted(locals())


def plain_handler(event, context):
    # expect: client-in-handler[hoistable]
    return sns.meta.region_name


def branch_handler(event, context):
    if event.get("upload"):
        # expect: client-in-handler[hoistable]
        pass
    return {"region": firehose.meta.region_name}


def other_branch_handler(event, context):
    if event.get("kind") == "kinesis":
        # expect: client-in-handler[hoistable]
        pass
    else:
        try:
            return {"region": kinesis.meta.region_name}
        except NameError as error:
            return {"error": type(error).__name__}
    return {"region": kinesis.meta.region_name}


def guarded_handler(event, context):
    if event.get("kind") == "a":
        # expect: client-in-handler[hoistable]
        pass
    else:
        return {"skipped": True}
    try:
        # expect: client-in-handler[hoistable]
        pass
    except ValueError:
        raise
    return {"region": ses.meta.region_name, "sts": sts.meta.region_name}


def unbound_cache_handler(event, context):
    try:
        if _logs is None:
            # expect: client-in-handler[hoistable]
            _logs = logs_client
    except UnboundLocalError as error:
        return {"error": type(error).__name__}
    return {"region": _logs.meta.region_name}


def retry_handler(event, context):
    tries = 0
    while True:
        tries += 1
        # expect: client-in-handler[hoistable]
        if ecs.meta.region_name:
            break
    return {"tries": tries, "region": ecs.meta.region_name}


def early_break_handler(event, context):
    while True:
        if event.get("skip"):
            break
        # expect: client-in-handler[hoistable]
        break
    try:
        return {"region": glue.meta.region_name}
    except NameError as error:
        return {"error": type(error).__name__}
