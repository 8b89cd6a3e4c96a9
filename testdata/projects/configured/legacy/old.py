import boto3
import requests


def entry(event, context):
    # per-file-ignores drops this rule here.
    # ok: connection-in-handler
    session = requests.Session()
    # expect: client-in-handler
    return session, boto3.client("s3")
