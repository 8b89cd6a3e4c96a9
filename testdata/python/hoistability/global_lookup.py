# RUN: %expect %s
# A module that looks its names up by a key known only at run time
# (`globals().get(event["op"])`) would find the module-level name a hoist
# adds, where it found nothing: no safe hoist.
import boto3


def ping():
    return "pong"


def lambda_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    operation = globals().get(event.get("op", "ping"))
    if operation is None:
        return {"error": "unknown operation", "region": s3.meta.region_name}
    try:
        return {"result": operation()}
    except TypeError:
        return {"error": "not callable"}
