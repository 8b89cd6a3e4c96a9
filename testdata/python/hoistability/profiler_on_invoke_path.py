# RUN: %expect %s
# A profiler or tracer set on the invoke path (`sys.setprofile`,
# `sys.settrace`, threading's) is given the frame of every call made while
# it is set, those of a construction too: moved to module scope, the calls
# it counted are no longer made (Python trial 30: a handler counting the
# calls around boto3.client saw none). No safe hoist.
import sys
import threading

import boto3


def profiled_handler(event, context):
    calls = [0]

    def count(frame, what, arg):
        if what == "call":
            calls[0] += 1

    sys.setprofile(count)
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    sys.setprofile(None)
    return {"calls": calls[0] > 100, "region": s3.meta.region_name}


def traced_handler(event, context):
    seen = set()

    def trace(frame, what, arg):
        seen.add(frame.f_code.co_filename)
        return None

    threading.settrace(trace)
    sys.settrace(trace)
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name="us-east-1")
    sys.settrace(None)
    return {"botocore": any("botocore" in name for name in seen),
            "region": sqs.meta.region_name}
