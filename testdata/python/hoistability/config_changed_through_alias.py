# RUN: %expect %s
# The keyword dict a client is built from is changed in place through
# another name ('out = kw', then 'out |= {...}', trial 17 repro 08): moved
# along with the client, the dict would be shared by every invocation and
# its count would grow (1, 2, 3 where the original answers 1, 1, 1). The
# client is not moved.
import os

import boto3


def handler(event, context):
    kw = dict(region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", **kw)
    out = kw
    out |= {"calls": kw.get("calls", 0) + 1}
    return [s3.meta.region_name, kw["calls"]]
