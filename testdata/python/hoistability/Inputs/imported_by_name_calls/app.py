import code
import importlib
import importlib.resources
import importlib.util
import pickle
import pkgutil
import pydoc
import timeit
import unittest
from unittest import mock

import boto3


def resolve_name_handler(event, context):
    pkgutil.resolve_name("regions.eu:apply")
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def locate_handler(event, context):
    pydoc.locate("regions.eu.apply")
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def dunder_import_handler(event, context):
    importlib.__import__("regions.eu")
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return sns.meta.region_name


def from_list_handler(event, context):
    __import__("regions", fromlist=["eu"])
    # expect: client-in-handler[hoistable]
    ssm = boto3.client("ssm")
    return ssm.meta.region_name


def patch_handler(event, context):
    with mock.patch("regions.eu.MARK", "patched"):
        # expect: client-in-handler[hoistable]
        kms = boto3.client("kms")
    return kms.meta.region_name


def loader_handler(event, context):
    unittest.TestLoader().loadTestsFromName("regions.eu")
    # expect: client-in-handler[hoistable]
    sts = boto3.client("sts")
    return sts.meta.region_name


def resources_handler(event, context):
    text = importlib.resources.files("tenants").joinpath("template.txt").read_text()
    # expect: client-in-handler[hoistable]
    ses = boto3.client("ses")
    return [text, ses.meta.region_name]


def get_data_handler(event, context):
    data = pkgutil.get_data("tenants", "template.txt")
    # expect: client-in-handler[hoistable]
    sfn = boto3.client("stepfunctions")
    return [data, sfn.meta.region_name]


def find_spec_handler(event, context):
    importlib.util.find_spec("tenants.missing")
    # expect: client-in-handler[hoistable]
    ecs = boto3.client("ecs")
    return ecs.meta.region_name


def timeit_handler(event, context):
    timeit.timeit("import regions.eu", number=1)
    # expect: client-in-handler[hoistable]
    ec2 = boto3.client("ec2")
    return ec2.meta.region_name


def pickle_handler(event, context):
    pickle.loads(event["state"])
    # expect: client-in-handler[hoistable]
    iam = boto3.client("iam")
    return iam.meta.region_name


def runsource_handler(event, context):
    code.InteractiveInterpreter().runsource("import regions.eu")
    # expect: client-in-handler[hoistable]
    logs = boto3.client("logs")
    return logs.meta.region_name


def unknown_name_handler(event, context):
    pydoc.locate(event["name"])
    # expect: client-in-handler[hoistable]
    glue = boto3.client("glue")
    return glue.meta.region_name


def quiet_package_handler(event, context):
    # Reading data of a package that changes nothing: the fix is safe.
    text = importlib.resources.files("quiet").joinpath("template.txt").read_text()
    # expect: client-in-handler[hoistable]
    athena = boto3.client("athena")
    return [text, athena.meta.region_name]
