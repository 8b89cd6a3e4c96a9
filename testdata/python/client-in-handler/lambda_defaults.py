# RUN: %expect %s
import boto3


def handler(event, context):
    # A lambda's default values run when the lambda is made: on every
    # invocation here.
    # expect: client-in-handler
    fetch = lambda key, s3=boto3.client("s3"): s3.get_object(Bucket="b", Key=key)
    # Its body runs only when called.
    # ok: client-in-handler
    later = lambda: boto3.client("sns")
    return fetch, later
