import importlib

import boto3

importlib.import_module("envregion")


def handler(event, context):
    # expect: client-in-handler[hoistable]
    kms = boto3.client("kms")
    return kms.meta.region_name
