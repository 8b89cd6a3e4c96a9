# RUN: %expect %s
# A built object, a part of it (a pool's headers, a Config's retries) or a
# local its construction reads, handed to a library call that may change it
# in place: the same change as `http.headers[k] = v` or `kwargs.update(...)`,
# written as a function of the library (trial 30, cause 1). Moved to INIT,
# one invocation's change would carry into the next, so none is moved. Handed
# only to calls that read it (builtins, logging, `json.dumps`), it is.
import collections
import copy
import functools
import json
import logging
import operator
import types

import boto3
import urllib3
from botocore.config import Config

logger = logging.getLogger(__name__)


def setitem_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager(headers={})
    if "id" in event:
        operator.setitem(http.headers, "x-id", event["id"])
    return dict(http.headers)


def pop_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager(headers={"accept": "json"})
    sent = dict(http.headers)
    dict.pop(http.headers, "accept", None)
    return sent


def chain_map_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager(headers={})
    if "kind" in event:
        collections.ChainMap(http.headers)["x-kind"] = event["kind"]
    return dict(http.headers)


def partial_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager(headers={})
    set_header = functools.partial(operator.setitem, http.headers)
    if "table" in event:
        set_header("x-table", event["table"])
    return dict(http.headers)


def bound_method_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager(headers={})
    list(map(http.headers.update, [{"x-id": event["id"]}] if "id" in event else []))
    return dict(http.headers)


def retries_handler(event, context):
    config = Config(retries={"max_attempts": 2})
    if "x" in event:
        operator.setitem(config.retries, "max_attempts", 5)
    # expect: client-in-handler
    s3 = boto3.client("s3", region_name="us-east-1", config=config)
    return {"retries": s3.meta.config.retries}


def kwargs_handler(event, context):
    kwargs = {"region_name": "us-east-1"}
    if "region" in event:
        operator.setitem(kwargs, "region_name", event["region"])
    # expect: client-in-handler
    s3 = boto3.client("s3", **kwargs)
    return {"region": s3.meta.region_name}


def read_handler(event, context):
    # Only read: moved.
    # expect: connection-in-handler
    http = urllib3.PoolManager(headers={"accept": "json"})
    logger.info("headers %s", http.headers)
    print(len(http.headers), sorted(http.connection_pool_kw))
    return {"headers": json.dumps(http.headers), "copy": copy.copy(http.headers)}


def region_handler(event, context):
    # Its region, a string, given to a library call: moved.
    # expect: client-in-handler
    session = boto3.session.Session(region_name="us-east-1")
    signer = types.SimpleNamespace(region=session.region_name, service="aoss")
    return {"region": signer.region}
