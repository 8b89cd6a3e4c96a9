# RUN: %expect %s
# RUN: %exits 1 %hoist check --no-cache --select client-in-handler %s | %FileCheck %s
# Plugins loaded by entry point run the code of whatever installed
# distribution declares them, which hoist does not read and which may set
# the region the client reads: no safe fix after it. Listing entry points
# without loading them runs nothing.
import importlib.metadata
from importlib.metadata import entry_points

import boto3
import pkg_resources


def select_handler(event, context):
    for plugin in entry_points(group="hoist.fixture.plugins"):
        plugin.load()()
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'select_handler' loads plugins by entry point, code of installed distributions that hoist does not read, which may change the environment it reads ('plugin.load()')


def helper_loader():
    return [one.load() for one in
            importlib.metadata.entry_points().select(group="hoist.fixture.plugins")]


def helper_handler(event, context):
    for plugin in helper_loader():
        plugin()
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'helper_handler' loads plugins by entry point{{.*}}('one.load()')


def pkg_resources_handler(event, context):
    for plugin in pkg_resources.iter_entry_points("hoist.fixture.plugins"):
        plugin.load()(event)
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'pkg_resources_handler' loads plugins by entry point


def listing_handler(event, context):
    names = sorted(one.name for one in entry_points(group="hoist.fixture.plugins"))
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return [s3.meta.region_name, names]
