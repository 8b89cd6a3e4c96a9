# RUN: %expect %s
# A decorator whose wrapper-making function rebinds a module-level name
# when it is applied, at INIT ('globals()["REGION"] = region', or 'global
# REGION' then 'REGION = region' in the function it returns): the name the
# construction reads is rebound by code hoist cannot place the construction
# after, and the module may apply it again: no fix (trial 25, N11; before,
# the construction moved above and kept the first value).
import boto3

REGION = "us-east-1"
QUEUE_REGION = "us-east-1"


def pinned(region):
    def decorate(function):
        globals()["REGION"] = region
        return function

    return decorate


def queue_pinned(region):
    def decorate(function):
        global QUEUE_REGION
        QUEUE_REGION = region
        return function

    return decorate


@pinned("eu-central-1")
def handler(event, context):
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=REGION)
    return {"region": s3.meta.region_name}


@queue_pinned("eu-west-3")
def queue_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=QUEUE_REGION)
    return {"region": sqs.meta.region_name}
