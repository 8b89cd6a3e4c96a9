# RUN: %expect %s
# A client that flows where hoist cannot follow it gets no fix: given to a
# library call with a callback that changes it, used as a key of module
# state or given to one of its methods, passed to a function that caches by
# its arguments, stored in a global that another function configures, or
# read in a class nested in the handler. Kept at module scope, one client
# would answer for every invocation where each had its own: hooks pile up,
# caches and keys hit. Held by what a library call returns, where hoist
# cannot tell what becomes of it, it gets an unsafe fix. Flows hoist can
# follow stay safe: a callback or helper that only calls its methods, a
# builtin that gives back a plain value, a library call whose result is
# unused. A nested class or function named like the local rebinds it: the
# local keeps its assignment, and only the call moves.
import functools
import logging
import types
from concurrent.futures import ThreadPoolExecutor

import boto3

CALLS = {"n": 0}
USES = {}
LOOKUPS = []
LOGGER = logging.getLogger(__name__)
CURRENT = None
s3 = boto3.client("s3", region_name="us-east-1")
logs = boto3.client("logs", region_name="us-east-1")
ecr_client = boto3.client("ecr", region_name="us-east-1")


def count(**kwargs):
    CALLS["n"] += 1


def install(deps):
    deps.client.meta.events.register("before-parameter-build", count)


def instrument(client):
    client.meta.events.register("before-parameter-build", count)


def region_of(client):
    return client.meta.region_name


@functools.lru_cache(maxsize=8)
def described(client):
    LOOKUPS.append(1)
    return client.meta.service_model.service_name


def install_current():
    CURRENT.meta.events.register("before-parameter-build", count)


def holder_handler(event, context):
    # expect: client-in-handler[hoistable]
    install(types.SimpleNamespace(client=s3))
    return s3.meta.region_name


def callback_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name="us-east-1")
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(instrument, sqs).result()
    return sqs.meta.region_name


def key_handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name="us-east-1")
    USES[sns] = USES.get(sns, 0) + 1
    return {"uses": USES[sns]}


def cached_handler(event, context):
    # expect: client-in-handler[hoistable]
    ssm = boto3.client("ssm", region_name="us-east-1")
    before = len(LOOKUPS)
    name = described(ssm)
    return {"service": name, "computed": len(LOOKUPS) - before}


def global_handler(event, context):
    global CURRENT
    # expect: client-in-handler[hoistable]
    kms = boto3.client("kms", region_name="us-east-1")
    CURRENT = kms
    install_current()
    return kms.meta.region_name


def class_body_handler(event, context):
    # expect: client-in-handler[hoistable]
    sts = boto3.client("sts", region_name="us-east-1")

    class Audit:
        client = sts

    Audit.client.meta.events.register("before-parameter-build", count)
    return sts.meta.region_name


def followed_handler(event, context):
    # expect: client-in-handler[hoistable]
    with ThreadPoolExecutor(max_workers=1) as pool:
        region = pool.submit(region_of, logs).result()
    LOGGER.info("client %s", logs)
    return {"region": region, "name": type(logs).__name__, "same": region_of(logs)}


def class_named_like_it_handler(event, context):
    # expect: client-in-handler[hoistable]
    ecr = ecr_client
    region = ecr.meta.region_name

    class ecr:
        pass

    return {"region": region, "class": ecr.__name__}
