# RUN: %expect %s
# A local bound again anywhere in the function stays a local: deleting its
# assignment would leave the other binding, and every read, to a local that
# is never assigned (UnboundLocalError), or a nonlocal with nothing to refer
# to (SyntaxError). The fix keeps the assignment and replaces only the call:
# safe, except where a nested function uses the local ('nonlocal'), which
# may reach the object where hoist does not look: no fix.
import boto3

s3_client = boto3.client("s3")


def del_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    region = s3.meta.region_name
    del s3
    return region


def del_list_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    region = s3.meta.region_name
    del [s3]
    return region


def annotation_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    s3: object
    return s3.meta.region_name


def import_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    region = s3.meta.region_name
    if event.get("x"):
        import os as s3
    return region


def from_import_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    region = s3.meta.region_name
    if event.get("x"):
        from os import path as s3
    return region


def match_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    region = s3.meta.region_name
    match event.get("x"):
        case 1:
            pass
        case s3:
            pass
    return region


def nonlocal_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")

    def forget():
        nonlocal s3
        s3 = None

    if event.get("x"):
        forget()
    return s3.meta.region_name if s3 else None
