# RUN: %expect %s
# Writing the module's namespace as a mapping ('globals()["REGION"] = ...',
# 'globals().setdefault(...)') calls none of the module's code: the client
# that reads REGION goes after the write that binds it again, at the end of
# the module (trial 25, N06; before, "no place at module scope ..."). A call
# of what the mapping holds ('globals()["warm"]()') would run its code.
import boto3

REGION = "us-east-1"


def handler(event, context):
    # expect: client-in-handler[hoistable]
    return {"region": s3.meta.region_name}


globals().setdefault("ENDPOINT_REGION", "eu-west-1")
globals()["REGION"] = "sa-east-1"
s3 = boto3.client("s3", region_name=REGION)
