# RUN: %expect %s
# A change of sys.path after the construction, in the function that builds
# it, changes what later imports load, not the library the construction
# loaded before it, on this invocation or the next: the safe fix stays
# (before it, an import may load another SDK: sys_path_prepended).
import os
import sys

import boto3

VENDOR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vendor")
s3 = boto3.client("s3")


def handler(event, context):
    # expect: client-in-handler[hoistable]
    if VENDOR not in sys.path:
        sys.path.append(VENDOR)
    return s3.meta.region_name
