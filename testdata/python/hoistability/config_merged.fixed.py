# RUN: %expect %s
# A botocore Config merged with another (trial 36py, 02-*/config-merged):
# `Config.merge` returns a new Config of both and changes neither, so a
# client built with the merge of module-level Configs is as hoistable as
# they are: safe. A merge with the event's value, or of a Config the
# handler changes, is not.
import boto3
from botocore.config import Config

BASE = Config(connect_timeout=5, read_timeout=10)
CHANGED = Config(connect_timeout=5)
cfg = BASE.merge(Config(user_agent_extra="orders/1.0"))
s3 = boto3.client("s3", config=cfg)


def merged_handler(event, context):
    # expect: client-in-handler[hoistable]
    return s3.meta.config.user_agent_extra


def event_merged_handler(event, context):
    cfg = BASE.merge(Config(user_agent_extra=event["agent"]))
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", config=cfg)
    return sqs.meta.config.user_agent_extra


def changed_handler(event, context):
    CHANGED.read_timeout = event.get("timeout", 10)
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", config=CHANGED.merge(Config(retries={"max_attempts": 2})))
    return sns.meta.config.read_timeout
