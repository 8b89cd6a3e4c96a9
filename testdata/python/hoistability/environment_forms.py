# RUN: %expect %s
# The environment changes in more forms than an item assignment: a merge
# into os.environ, os.environ under another name, one of its writing methods
# taken as a value, a function defined in the handler, a configuration file
# the SDK reads. Each changes what a client built after it reads: no safe
# fix. And one variable Lambda sets for each invocation.
import os
from os import environ as env

import boto3
from botocore.config import Config

# Where ~/.aws/config would be, in a directory that does not exist: the
# original fails to write it, as the fixed file does.
CONFIG_FILE = "/tmp/hoist-fixture-home/.aws/config"


def merge_handler(event, context):
    os.environ |= {"AWS_DEFAULT_REGION": "eu-west-3"}
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def alias_handler(event, context):
    env["AWS_DEFAULT_REGION"] = "eu-west-3"
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def method_value_handler(event, context):
    put = os.environ.__setitem__
    put("AWS_DEFAULT_REGION", "eu-west-3")
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return sns.meta.region_name


def nested_handler(event, context):
    def configure():
        os.environ["AWS_DEFAULT_REGION"] = "eu-west-3"

    configure()
    # expect: client-in-handler[hoistable]
    ssm = boto3.client("ssm")
    return ssm.meta.region_name


def config_file_handler(event, context):
    with open(CONFIG_FILE, "w") as config:
        config.write("[default]\nregion = eu-west-3\n")
    # expect: client-in-handler[hoistable]
    session = boto3.Session()
    return session.region_name


def trace_handler(event, context):
    # Lambda sets the trace id anew for each invocation: not hoistable.
    trace = os.environ.get("_X_AMZN_TRACE_ID", "none")
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", config=Config(user_agent_appid=trace[-6:]))
    return sqs.meta.region_name
