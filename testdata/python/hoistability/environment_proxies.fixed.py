# RUN: %expect %s
# botocore takes its proxies from urllib.request.getproxies() when it builds
# a client: every '<scheme>_proxy' variable, in any case ('all_proxy',
# 'ALL_PROXY', 'ftp_proxy'), and REQUEST_METHOD, which makes it drop
# HTTP_PROXY (as a CGI script's). A handler that writes one before building
# a client gets no safe fix (Python trial 37, group 09 and 15). A variable
# of its own keeps it.
import os

import boto3

logs = boto3.client("logs")


def all_proxy_handler(event, context):
    os.environ["all_proxy"] = event.get("proxy", "")
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def upper_all_proxy_handler(event, context):
    os.environ.update({"ALL_PROXY": event.get("proxy", "")})
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def cgi_handler(event, context):
    os.environ["REQUEST_METHOD"] = event.get("httpMethod", "GET")
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return sns.meta.region_name


def own_variable_handler(event, context):
    os.environ["PROXY_MODE"] = event.get("mode", "direct")
    # expect: client-in-handler[hoistable]
    return logs.meta.region_name
