# Configuration a module reads from a file at INIT (`with open(...) as f:
# CONFIG = json.load(f)`): a parser's new plain data, read once either way,
# so a client built from it moves after the `with` block. The file object
# holds none of the module's code. What an invocation changes of it keeps
# the client where it is.
import json
import os

import boto3

HERE = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(HERE, "config.json"), encoding="utf-8") as f:
    CONFIG = json.load(f)

with open(os.path.join(HERE, "config.json"), encoding="utf-8") as stream:
    OVERRIDES = json.load(stream)


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=CONFIG["region"])
    return s3.meta.region_name


def override_handler(event, context):
    if "region" in event:
        OVERRIDES["region"] = event["region"]
    # expect: client-in-handler[not-hoistable]
    ddb = boto3.client("dynamodb", region_name=OVERRIDES["region"])
    return ddb.meta.region_name
