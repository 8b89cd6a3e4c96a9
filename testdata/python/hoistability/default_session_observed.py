# RUN: %expect %s
# boto3 makes its default session when a client is first built from it:
# code that tests whether it exists yet (a cold-start probe, `getattr(boto3,
# "DEFAULT_SESSION", None)`) would find it made at INIT once the client
# moves there. No safe fix.
import boto3


def sdk_state():
    return "ready" if getattr(boto3, "DEFAULT_SESSION", None) else "cold"


def handler(event, context):
    state = sdk_state()
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb")
    return {"state": state, "region": ddb.meta.region_name}
