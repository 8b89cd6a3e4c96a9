# RUN: %expect %s
# The module-level name a hoisted object gets must not change what other
# code reads: a builtin or a star-imported name read elsewhere keeps its
# meaning (the object gets a fresh name), and an import that only type
# checkers see is not one the module runs.
from os.path import *
from typing import TYPE_CHECKING

import boto3

if TYPE_CHECKING:
    from botocore.client import BaseClient

iot_client = boto3.client("iot")
s3_client = boto3.client("s3")


def first_item(items):
    return next(iter(items), None)


def object_key(name):
    return join("uploads", name)


def devices_handler(event, context):
    # expect: client-in-handler[hoistable]
    iter = iot_client
    return {"region": iter.meta.region_name, "first": first_item(["a", "b"])}


def uploads_handler(event, context):
    # expect: client-in-handler[hoistable]
    join = s3_client
    return {"region": join.meta.region_name, "key": object_key("a.txt")}
