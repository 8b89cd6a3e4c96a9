# RUN: %expect %s
# A library module's attribute the construction reads, changed in place by
# a function of the module ('sys.argv[:] = ...'), holds at INIT what it held
# before any invocation changed it: no fix (trial 33,
# os-getpid-free-ua-from-argv). Read where nothing changes it, it is the
# same at INIT.
import sys

import boto3
from botocore.config import Config

sqs = boto3.client("sqs", config=Config(user_agent_extra=sys.platform))


def lambda_handler(event, context):
    sys.argv[:] = ["handler", str(event.get("key", "none"))]
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", config=Config(user_agent_extra=" ".join(sys.argv)))
    return s3.meta.config.user_agent.split(" ")[-1]


def path_handler(event, context):
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name
