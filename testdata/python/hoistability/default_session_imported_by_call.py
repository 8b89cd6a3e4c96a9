# RUN: %expect %s
# boto3's default session set through the module an import call gives
# (trial 17 repro 14): '__import__("boto3")' is boto3, and setattr on it
# sets DEFAULT_SESSION, which a client built after it uses: no safe fix.
import boto3


def handler(event, context):
    # expect: client-in-handler
    session = __import__("boto3").Session(region_name=event.get("region", "us-east-1"))
    setattr(__import__("boto3"), "DEFAULT_SESSION", session)
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
