# RUN: %expect %s
# A test of which modules are loaded ('"liblogging" in sys.modules', as the
# AWS Config rules' template does) looks module names up, never the names
# this module binds: the client moves to module scope safely (Python trial
# 23: 35 such findings in awslabs/aws-config-rules were refused as "the
# module looks up its names at run time").
import sys

import boto3

sts = boto3.client("sts", region_name="eu-west-1")

if "liblogging" not in sys.modules:
    LOGGING = "print"
else:
    LOGGING = "liblogging"


def log(message):
    if "liblogging" in sys.modules:
        return "liblogging: " + message
    return message


def handler(event, context):
    # expect: client-in-handler[hoistable]
    return {"region": log(sts.meta.region_name), "logging": LOGGING}
