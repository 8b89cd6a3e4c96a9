# RUN: %expect %s
# Module state given to a library call whose result is then changed in
# place: the result may be the state or a part of it (`functools.reduce(
# dict.get, path, cfg)` gives back the nested dict a "set by dotted path"
# helper writes, `operator.itemgetter("sqs")(CFG)` the item). No fix. A
# library call that makes a value of its own (`json.loads(json.dumps(...))`)
# changes nothing of it: safe.
import functools
import json

import boto3

CONFIG = {"aws": {"s3": {"region_name": "us-east-1"}}}
COPIED = {"aws": {"sqs": {"region_name": "us-east-1"}}}
sqs = boto3.client("sqs", **COPIED["aws"]["sqs"])


def set_path(cfg, path, value):
    functools.reduce(dict.get, path[:-1], cfg)[path[-1]] = value


def reduce_handler(event, context):
    if "region" in event:
        set_path(CONFIG, ["aws", "s3", "region_name"], event["region"])
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", **CONFIG["aws"]["s3"])
    return s3.meta.region_name


def json_copy_handler(event, context):
    json.loads(json.dumps(COPIED))["aws"]["sqs"]["region_name"] = event.get("region", "x")
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name
