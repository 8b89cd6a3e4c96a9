# RUN: %expect %s
# The handler calls a method of each middleware object of a list, or of one
# a dictionary holds (trial 22, repro 08): that method of every instance of
# the project's classes stored there runs on the invoke path. One writes the
# region a client built after it reads: no safe fix. Middlewares that write
# nothing keep the safe fix.
import os

import boto3


class RegionMiddleware:
    def process_request(self, event):
        os.environ["MIDDLEWARE_REGION"] = event.get("region", "us-west-2")
        return event


class AuthMiddleware:
    def process_request(self, event):
        return event


class Tenancy:
    def activate(self, event):
        os.environ["REGISTRY_REGION"] = event.get("region", "us-west-2")


MIDDLEWARE = [AuthMiddleware(), RegionMiddleware()]
SERVICES = {"tenancy": Tenancy()}
HOOKS = {"auth": AuthMiddleware()}


def loop_handler(event, context):
    for mw in MIDDLEWARE:
        event = mw.process_request(event)
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=os.environ.get("MIDDLEWARE_REGION", "us-west-2"))
    return s3.meta.region_name


def registry_handler(event, context):
    SERVICES.get("tenancy").activate(event)
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name=os.environ.get("REGISTRY_REGION", "us-west-2"))
    return sqs.meta.region_name


def plain_handler(event, context):
    HOOKS["auth"].process_request(event)
    # expect: client-in-handler[hoistable]
    ses = boto3.client("ses")
    return ses.meta.region_name
