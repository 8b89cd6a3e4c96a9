# RUN: %expect %s
# botocore finds ~/.aws/config and ~/.aws/credentials through HOME: a
# handler that points HOME elsewhere before building a client changes the
# profile files the client reads (their region, endpoint, addressing style),
# so the client gets no safe fix. Another variable of its own keeps it.
import os

import boto3

sts = boto3.client("sts")
s3 = boto3.client("s3")


def home_handler(event, context):
    os.environ["HOME"] = os.environ.get("TOOLS_HOME", "/tmp")
    # expect: client-in-handler[hoistable]
    return sts.meta.endpoint_url


def own_variable_handler(event, context):
    os.environ["HOMEPAGE"] = event.get("page", "/")
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name
