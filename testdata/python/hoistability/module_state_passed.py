# RUN: %expect %s
# Module state handed to a helper that writes its parameter is written on
# the invoke path: a construction reading it is not hoistable. Handed to
# one that only reads it, it stays a constant.
import json

import boto3

SETTINGS = {"endpoint_url": None}
OPTIONS = {"region_name": "eu-west-1"}


def override(settings, event):
    if event.get("endpoint"):
        settings["endpoint_url"] = event["endpoint"]


def describe(options):
    return json.dumps(options)


def handler(event, context):
    override(SETTINGS, event)
    describe(OPTIONS)
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", endpoint_url=SETTINGS["endpoint_url"])
    # expect: client-in-handler
    sns = boto3.client("sns", **OPTIONS)
    return [sqs.meta.endpoint_url, sns.meta.region_name]
