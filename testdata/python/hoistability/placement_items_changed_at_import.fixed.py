# RUN: %expect %s
# Module code that fills the items of what the construction reads, through a
# shallow copy that shares them or a module-level loop over them (whose
# target holds literal data, never the module's code): the moved line goes
# after that code, where INIT has filled them. A setup function hands them
# out as a function that writes them does, which any call may run: no fix.
import os

import boto3

DEFAULTS = {"ddb": {"region_name": "us-east-1"}}
ACTIVE = dict(DEFAULTS)
ACTIVE["ddb"]["region_name"] = os.environ.get("TARGET_REGION", "us-east-1")

TARGETS = [{"region_name": "us-east-1"}]
ddb = boto3.client("dynamodb", **DEFAULTS["ddb"])
for _t in TARGETS:
    _t["region_name"] = os.environ.get("TARGET_REGION", _t["region_name"])

SERVICES = {"sqs": {"region_name": "us-east-1"}}
s3 = boto3.client("s3", **TARGETS[0])
for _name, _cfg in SERVICES.items():
    _cfg["region_name"] = os.environ.get("TARGET_REGION", _cfg["region_name"])

STREAMS = [{"region_name": "us-east-1"}]
sqs = boto3.client("sqs", **SERVICES["sqs"])


def _configure():
    for s in STREAMS:
        s["region_name"] = os.environ.get("TARGET_REGION", s["region_name"])


_configure()


def copy_handler(event, context):
    # expect: client-in-handler[hoistable]
    return ddb.meta.region_name


def loop_handler(event, context):
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def items_loop_handler(event, context):
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name


def setup_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    kinesis = boto3.client("kinesis", **STREAMS[0])
    return kinesis.meta.region_name
