# RUN: %expect %s
# RUN: %exits 1 %hoist check --no-cache --select client-in-handler %s | %FileCheck %s
# botocore reads the relative AWS_CONFIG_FILE against the working directory
# when it builds a client: a change of the working directory before it,
# however os.chdir is reached (a local bound to it, handed to a function,
# getattr, a dispatch table, functools.partial), changes the file the
# client reads. No safe fix. The directory does not exist, so that the
# fixture changes nothing when it runs.
import functools
import os

import boto3

os.environ.setdefault("AWS_CONFIG_FILE", "aws.cfg")
WORK = "/nonexistent/hoist-fixture-work"
ACTIONS = {"cd": os.chdir}


def run(action, argument):
    try:
        action(argument)
    except OSError:
        pass


def alias_handler(event, context):
    go = os.chdir
    try:
        go(WORK)
    except OSError:
        pass
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'alias_handler' changes the working directory, against which the SDK resolves the relative path AWS_CONFIG_FILE names 'aws.cfg' when it reads its configuration


def passed_handler(event, context):
    run(os.chdir, WORK)
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'passed_handler' changes the working directory{{.*}}('os.chdir')
# (ACTIONS hands os.chdir on at module level: every handler here may run it.)


def getattr_handler(event, context):
    try:
        getattr(os, "chdir")(WORK)
    except OSError:
        pass
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'getattr_handler' changes the working directory


def table_handler(event, context):
    try:
        ACTIONS["cd"](WORK)
    except OSError:
        pass
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'table_handler' changes the working directory


def partial_handler(event, context):
    enter = functools.partial(os.chdir, WORK)
    try:
        enter()
    except OSError:
        pass
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'partial_handler' changes the working directory
