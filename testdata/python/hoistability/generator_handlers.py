# RUN: %expect %s
# A generator handler runs its body only as far as what calls it iterates it
# (its decorator; Lambda itself never does): a decorator that takes the
# first item never runs the code after the first 'yield'. At module scope a
# construction there that can fail would fail INIT, every invocation
# (Python trial 28, Z03): no safe fix. One a decorator collects whole, that
# cannot fail to build, keeps its safe fix.
import functools

import boto3

# Not a region botocore accepts: building with it raises InvalidRegionError.
ARCHIVE_REGION = "eu_west_1"


def first_item(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        return next(fn(event, context))
    return wrapper


def collected(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        return list(fn(event, context))
    return wrapper


@first_item
def handler(event, context):
    yield {"n": event.get("n")}
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=ARCHIVE_REGION)
    yield s3.meta.region_name


@collected
def stream_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    for record in event.get("Records", []):
        yield sqs.meta.region_name, record
