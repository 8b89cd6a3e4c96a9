# RUN: %expect %s
# A memoizing wrapper applied by a call, not as a decorator (trial 22, S06):
# 'functools.cache(_load)', 'functools.lru_cache(maxsize=None)(_load)', the
# same through an alias ('from functools import cache as memo'). The loader
# runs at the first invocation and its writes last, as the decorated one's
# do: a client built after it reads the region it wrote, so no safe fix
# (moved to INIT, it read us-west-2). What such a wrapper keeps is not each
# invocation's work: the client its factory builds is not reported. A loader
# that writes nothing a client reads keeps the safe fix.
import functools
import os
from functools import cache as memo

import boto3

sns = boto3.client("sns", region_name="eu-west-1")


def _load_parameters():
    os.environ["LOADED_REGION"] = "eu-central-1"
    return True


def _load_queue_parameters():
    os.environ["QUEUE_REGION"] = "eu-north-1"


def _load_table_parameters():
    os.environ["TABLE_REGION"] = "ap-south-1"


load_parameters = functools.cache(_load_parameters)
load_queue_parameters = functools.lru_cache(maxsize=None)(_load_queue_parameters)
load_table_parameters = memo(_load_table_parameters)


def cache_handler(event, context):
    load_parameters()
    # expect: client-in-handler[hoistable]
    ecs = boto3.client("ecs", region_name=os.environ.get("LOADED_REGION", "us-west-2"))
    return ecs.meta.region_name


def lru_cache_handler(event, context):
    load_queue_parameters()
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name=os.environ.get("QUEUE_REGION", "us-west-2"))
    return sqs.meta.region_name


def alias_handler(event, context):
    load_table_parameters()
    # expect: client-in-handler[hoistable]
    dynamodb = boto3.client("dynamodb", region_name=os.environ.get("TABLE_REGION", "us-west-2"))
    return dynamodb.meta.region_name


def _make_logs_client():
    # ok: client-in-handler
    return boto3.client("logs", region_name="eu-west-1")


logs_client = functools.lru_cache(maxsize=None)(_make_logs_client)


def factory_handler(event, context):
    return logs_client().meta.region_name


def _read_settings():
    return {"table": "orders"}


read_settings = functools.cache(_read_settings)


def plain_handler(event, context):
    settings = read_settings()
    # expect: client-in-handler[hoistable]
    return [settings["table"], sns.meta.region_name]
