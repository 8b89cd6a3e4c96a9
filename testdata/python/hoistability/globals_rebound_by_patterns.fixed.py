# RUN: %expect %s
# A function that declares a module-level name global rebinds it with any
# binding form, not only `NAME = ...`: unpacking, a for or with target, a
# match capture. A client built from such a name depends on what the last
# invocation set: not hoistable. A name the function only reads (and a
# local unpacked beside it) keeps the safe fix.
import contextlib

import boto3

REGION = "us-east-1"
ENDPOINT = None
TIMEOUT = 5
kms = boto3.client("kms", region_name="eu-west-1", config=None)


def resolve(event):
    return event.get("region", "us-east-1"), event.get("endpoint")


def unpacked_handler(event, context):
    global REGION, ENDPOINT
    REGION, ENDPOINT = resolve(event)
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=REGION, endpoint_url=ENDPOINT)
    return s3.meta.region_name


def configure(event):
    global REGION
    for REGION in (event.get("region", "us-east-1"),):
        break


def loop_target_handler(event, context):
    configure(event)
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=REGION)
    return sqs.meta.region_name


@contextlib.contextmanager
def region_of(event):
    yield event.get("region", "us-east-1")


def with_target_handler(event, context):
    global REGION
    with region_of(event) as REGION:
        pass
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", region_name=REGION)
    return sns.meta.region_name


def match_handler(event, context):
    global REGION
    match event:
        case {"region": REGION}:
            pass
    # expect: client-in-handler[not-hoistable]
    ssm = boto3.client("ssm", region_name=REGION)
    return ssm.meta.region_name


def reading_handler(event, context):
    name, _ = resolve(event)
    # expect: client-in-handler[hoistable]
    return name, TIMEOUT, kms.meta.region_name
