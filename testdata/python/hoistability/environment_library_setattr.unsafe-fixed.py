# RUN: %expect %s
# The boto3 module handed to setattr: the default session (which
# boto3.client uses) is replaced before the client is built: no safe fix.
# Read through getattr, the module changes nothing.
import boto3

SESSION = boto3.Session(region_name="eu-west-3")
sqs = boto3.client("sqs")


def handler(event, context):
    if getattr(boto3, "DEFAULT_SESSION", None) is None and event.get("move"):
        setattr(boto3, "DEFAULT_SESSION", SESSION)
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name
