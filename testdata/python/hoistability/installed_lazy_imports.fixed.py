# RUN: %expect %s
# An import in a function of an installed package runs that package's
# module code the first time, which may write the environment (a company
# package that sets defaults when imported): as a call of library code hoist
# does not see into, a client built after it gets no safe fix (Python trial
# 35, H). The standard library's modules, and the libraries the catalogue
# builds with or lists as harmless, keep the fix.
import importlib
import os

import boto3

from botocore.config import Config
sqs = boto3.client("sqs", config=Config(retries={"max_attempts": 2}))


def handler(event, context):
    import envdefaults  # noqa: F401

    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb", region_name=os.environ.get("BUCKET_REGION", "us-east-1"))
    return {"region": ddb.meta.region_name}


def from_import_handler(event, context):
    from stsregional import applied  # noqa: F401

    # expect: client-in-handler[hoistable]
    sts = boto3.client("sts")
    return {"endpoint": sts.meta.endpoint_url}


def importlib_handler(event, context):
    importlib.import_module("envdefaults")
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=os.environ.get("BUCKET_REGION", "us-east-1"))
    return {"region": s3.meta.region_name}


def optional_handler(event, context):
    try:
        import envdefaults  # noqa: F401
    except ImportError:
        pass
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return {"region": sns.meta.region_name}


def harmless_handler(event, context):
    import json

    from botocore.config import Config

    # expect: client-in-handler[hoistable]
    return {"region": sqs.meta.region_name, "event": json.dumps(event)}
