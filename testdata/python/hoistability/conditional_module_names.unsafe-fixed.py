# RUN: %expect %s
# A module-level name bound only under an 'if' (without an 'else') may be
# unbound when the module has run: moved to INIT, code that reads it raises
# NameError there, where the handler only read it on some invocations or
# handled the error itself. No safe fix (trial 12 S4).
import os

import boto3

if os.environ.get("STAGE") == "prod":
    ENDPOINT = "https://s3.eu-west-1.amazonaws.com"

s3 = boto3.client("s3", endpoint_url=ENDPOINT)


def archive_handler(event, context):
    if event.get("archive"):
        # expect: client-in-handler[hoistable]
        return s3.meta.endpoint_url
    return {"ok": 1}


def handled_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        archive = s3
    except NameError:
        return {"error": "no endpoint"}
    return archive.meta.endpoint_url
