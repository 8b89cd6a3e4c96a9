# RUN: %expect %s
# An import made after the invoke path changes sys.path or sys.modules may
# load another module than the same import at INIT would (a newer SDK shipped
# beside the handler): no safe fix. Without such a change, the function-level
# import moves with the construction.
import os
import site
import sys

VENDOR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vendor")
import boto3
s3 = boto3.client("s3")


def inserted_handler(event, context):
    sys.path.insert(0, VENDOR)
    import boto3
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def appended_handler(event, context):
    sys.path.append(VENDOR)
    import boto3
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def sliced_handler(event, context):
    sys.path[:0] = [VENDOR]
    import boto3
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def extended_handler(event, context):
    sys.path += [VENDOR]
    import boto3
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def site_handler(event, context):
    site.addsitedir(VENDOR)
    import boto3
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def add_vendor():
    if VENDOR not in sys.path:
        sys.path.insert(0, VENDOR)


def helper_handler(event, context):
    add_vendor()
    import boto3
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def plain_handler(event, context):
    import boto3
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name
