# RUN: %expect %s
# A module-level value read from the environment is a string (or None, or
# a number made of one): no name it is given can change it in place, so
# giving it another name (a helper returning it, a parameter's default, a
# class attribute) leaves the construction hoistable (trial 28: Q15-Q18,
# refused as "given another name"). A container given another name is
# another matter (aliased_module_state.py).
import os

import boto3

REGION = os.environ.get("TABLE_REGION", "us-east-1")
PORT = int(os.environ.get("PORT", "5432"))
ddb = boto3.client("dynamodb", region_name=REGION)


def current_region():
    return REGION


def describe(region=REGION, port=PORT):
    return f"{region}:{port}"


class Config:
    region = REGION


def handler(event, context):
    # expect: client-in-handler[hoistable]
    return {
        "region": ddb.meta.region_name,
        "current": current_region(),
        "described": describe(),
        "config": Config.region,
    }
