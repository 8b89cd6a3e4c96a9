# RUN: %expect %s
# botocore.config.Config refuses what botocore 1.29 does not know: an
# unknown keyword (TypeError), a retry mode or an addressing style it has no
# such name for; the client refuses a defaults mode or a region it does not
# know. Built inside a 'try', a branch or under a decorator that handles the
# error, such a construction answers; built at INIT, it would fail every
# invocation. A Config of literals botocore accepts moves; one bound at
# module scope was built at INIT already, and only what the client checks of
# it (its region, from the environment too) is left to fail.
import functools
import os

import boto3
from botocore.config import Config

REPLICA = Config(region_name="eu-west-1 ")
SHARED = Config(region_name=os.getenv("REPLICA_REGION"), retries={"mode": "standard"})
sns = boto3.client("sns", config=Config(retries={"max_attempts": 3, "mode": "standard"}, connect_timeout=5, read_timeout=10.5, s3={"addressing_style": "path"}, defaults_mode="in-region"))


def retry_mode_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        kinesis = boto3.client("kinesis", config=Config(retries={"mode": "adaptative"}))
    except Exception as error:
        return {"error": type(error).__name__}
    return {"ok": kinesis.meta.region_name}


def addressing_handler(event, context):
    if event.get("kind") == "a":
        # expect: client-in-handler[hoistable]
        s3 = boto3.client("s3", config=Config(s3={"addressing_style": "virtual-hosted"}))
        return {"style": s3.meta.config.s3["addressing_style"]}
    return {"style": None}


def module_config_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        ddb = boto3.client("dynamodb", config=REPLICA)
    except Exception as error:
        return {"error": type(error).__name__}
    return {"region": ddb.meta.region_name}


def newer_keyword():
    # expect: client-in-handler[hoistable]
    return boto3.client("s3", config=Config(request_checksum_calculation="when_required"))


def newer_keyword_handler(event, context):
    if not event.get("kind"):
        return {"uploaded": False}
    try:
        newer_keyword()
    except TypeError as error:
        return {"error": str(error)}
    return {"uploaded": True}


def handles_errors(function):
    @functools.wraps(function)
    def wrapper(event, context):
        try:
            return function(event, context)
        except Exception as error:
            return {"statusCode": 500, "error": type(error).__name__}

    return wrapper


@handles_errors
def defaults_mode_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", config=Config(defaults_mode="in_region"))
    return {"statusCode": 200, "mode": sqs.meta.config.defaults_mode}


def accepted_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        pass
    except Exception as error:
        return {"error": type(error).__name__}
    return {"timeout": sns.meta.config.read_timeout}


def shared_config_handler(event, context):
    if event.get("kind") == "b":
        # expect: client-in-handler[hoistable]
        ssm = boto3.client("ssm", config=SHARED)
        return {"region": ssm.meta.region_name}
    return {"region": None}


def read_value_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        sts = boto3.client("sts", config=Config(retries={"mode": os.environ.get("RETRY_MODE", "standard")}))
    except Exception as error:
        return {"error": type(error).__name__}
    return {"ok": sts.meta.region_name}
