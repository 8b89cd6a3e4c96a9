# RUN: %expect %s
# A string method of an environment read with a literal default is a string
# of the environment: the local moves to module scope with the client
# (trial 12 O4). Without a default the read may be None, whose '.strip()'
# hoist does not take for a string method: no fix; with 'or' and a
# string after it, it is a string again (trial 25, E03). Formatting is such
# a method too, called on the string or on 'str' ('"{}-1".format(...)',
# 'str.format("{}-2", ...)').
import os

import boto3

region = os.environ.get("TARGET_REGION", " US-WEST-2 ").strip().lower()
s3 = boto3.client("s3", region_name=region)
table_region = (os.environ.get("TABLE_REGION") or "US-WEST-2").lower()
dynamodb_client = boto3.client("dynamodb", region_name=table_region)
kinesis = boto3.client(
    "kinesis", region_name="{}-1".format(os.environ.get("R", "us-east")))
sns = boto3.client(
    "sns", region_name=str.format("{}-2", os.environ.get("R", "us-east")))


def handler(event, context):
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def unset_handler(event, context):
    region = os.environ.get("QUEUE_REGION").strip()
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=region)
    return sqs.meta.region_name


def or_default_handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = dynamodb_client
    return ddb.meta.region_name


def or_unset_handler(event, context):
    region = (os.environ.get("TABLE_REGION") or os.environ.get("R")).lower()
    # expect: client-in-handler[not-hoistable]
    ddb = boto3.client("dynamodb", region_name=region)
    return ddb.meta.region_name


def format_handler(event, context):
    # expect: client-in-handler[hoistable]
    return kinesis.meta.region_name


def str_format_handler(event, context):
    # expect: client-in-handler[hoistable]
    return sns.meta.region_name
