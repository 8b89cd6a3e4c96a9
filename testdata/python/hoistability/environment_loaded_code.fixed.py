# RUN: %expect %s
# Standard-library calls that load and run a module's code hoist does not
# read (a loader's exec_module or load_module, pkgutil.walk_packages, which
# imports each package it finds) may change the environment: a client
# built after them gets no safe fix. pkgutil.iter_modules only lists.
import importlib.machinery
import importlib.util
import os
import pkgutil

import boto3

HERE = os.path.dirname(os.path.abspath(__file__))
kinesis = boto3.client("kinesis", region_name="us-east-1")


def spec_handler(event, context):
    if "plugin" in event:
        spec = importlib.util.spec_from_file_location(
            "plugin", os.path.join(HERE, event["plugin"])
        )
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def loader_handler(event, context):
    if "plugin" in event:
        path = os.path.join(HERE, event["plugin"])
        importlib.machinery.SourceFileLoader("plugin", path).load_module()
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def walk_handler(event, context):
    paths = [os.path.join(HERE, path) for path in event.get("plugins", [])]
    names = [found.name for found in pkgutil.walk_packages(paths, prefix="x.")]
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return {"plugins": names, "region": sns.meta.region_name}


def listing_handler(event, context):
    paths = [os.path.join(HERE, path) for path in event.get("plugins", [])]
    names = sorted(found.name for found in pkgutil.iter_modules(paths))
    # expect: client-in-handler[hoistable]
    return {"plugins": len(names) >= 0, "region": kinesis.meta.region_name}
