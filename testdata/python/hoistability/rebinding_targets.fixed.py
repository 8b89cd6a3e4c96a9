# RUN: %expect %s
# Assignment targets of every kind rebind a local: unpacking, starred,
# augmented, walrus, loop, 'except' and 'with' targets (also in
# parentheses: 'as (s3)'). The fix keeps the local's assignment and
# replaces only the call.
import boto3

s3_client = boto3.client("s3")


def unpacking_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    region = s3.meta.region_name
    if event.get("x"):
        (s3, other) = (1, 2)
    return region


def starred_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    region = s3.meta.region_name
    if event.get("x"):
        [first, *s3] = [1, 2]
    return region


def augmented_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    region = s3.meta.region_name
    if event.get("x"):
        s3 += 1
    return region


def walrus_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    region = s3.meta.region_name
    if event.get("x") and (s3 := None) is None:
        pass
    return region


def targets_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    region = s3.meta.region_name
    for s3 in event.get("items", []):
        pass
    try:
        pass
    except Exception as s3:
        pass
    with open("/dev/null") as s3:
        pass
    return region


def parenthesized_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    region = s3.meta.region_name
    if event.get("never"):
        with open("/dev/null") as (s3):
            pass
    return region
