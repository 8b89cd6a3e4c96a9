import importlib

import boto3

import settings


def import_handler(event, context):
    import envdefaults  # noqa: F401  (sets the region on its first import)

    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def import_module_handler(event, context):
    importlib.import_module("envregion")
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return sns.meta.region_name


def reload_handler(event, context):
    importlib.reload(settings)
    # expect: client-in-handler[hoistable]
    ssm = boto3.client("ssm")
    return ssm.meta.region_name


def quiet_import_handler(event, context):
    import names

    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return [names.BUCKET, s3.meta.region_name]
