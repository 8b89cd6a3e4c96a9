# Each handler reads a name through a module that code on its invoke path
# reloads: the reload runs the module's code again and rebinds its names, so
# a client built at INIT would keep the region read before it.
import os
from importlib import reload

import boto3

import admin
import config as cfg
import settings
import tables
from settings import REGION as REGION_AT_IMPORT


def handler(event, context):
    admin.refresh(event)
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=settings.REGION)
    return s3.meta.region_name


def _reload_config(event):
    if "region" in event:
        os.environ["CONFIG_REGION"] = event["region"]
        reload(cfg)


def config_handler(event, context):
    _reload_config(event)
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=cfg.REGION)
    return sqs.meta.region_name


def by_name_handler(event, context):
    admin.refresh_tables(event)
    # expect: client-in-handler[not-hoistable]
    ddb = boto3.client("dynamodb", region_name=tables.REGION)
    return ddb.meta.region_name


def imported_name_handler(event, context):
    # The reload rebinds 'settings.REGION', not this module's own name.
    # expect: client-in-handler
    sns = boto3.client("sns", region_name=REGION_AT_IMPORT)
    return sns.meta.region_name
