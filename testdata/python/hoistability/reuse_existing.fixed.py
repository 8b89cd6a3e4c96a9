# RUN: %expect %s
# An equal module-level construction is reused only when it holds what the
# hoisted one would build: not one that module code configures, nor one
# built before a name it reads is bound again. Those hoists get an object of
# their own, built where the module's state is final.
import boto3
from botocore.config import Config

AUDIT = []
audited = boto3.client("s3")
audited.meta.events.register(
    "before-parameter-build.s3", lambda **kwargs: AUDIT.append(1))

RETRIES = Config(retries={"max_attempts": 1})
quick = boto3.client("sqs", config=RETRIES)
RETRIES = Config(retries={"max_attempts": 7})

plain = boto3.client("logs")
s3 = boto3.client("s3")
sqs = boto3.client("sqs", config=RETRIES)


def audited_handler(event, context):
    AUDIT.clear()
    # expect: client-in-handler[hoistable]
    try:
        s3.list_buckets()
    except Exception:
        pass
    return len(AUDIT)


def retries_handler(event, context):
    # expect: client-in-handler[hoistable]
    return sqs.meta.config.retries


def plain_handler(event, context):
    # expect: client-in-handler[hoistable]
    logs = plain
    return logs.meta.region_name
