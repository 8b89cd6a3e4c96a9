# RUN: %expect %s
# Module-level state a construction reads, changed in place by a library
# call it is handed to (its result unused: called for its effect), and an
# object changed through the data model's own methods. Moved to INIT, the
# construction would keep the first value, or the object the last
# invocation's changes.
import heapq
import json
import operator
import random

import boto3

random.seed(7)
REGIONS = ["us-east-1", "us-west-2", "eu-west-1"]
LATENCY = [(10, "us-east-1"), (20, "us-west-2"), (30, "eu-west-1")]
SETTINGS = {"region": "us-east-1"}
OPTIONS = {"region_name": "us-east-1"}
READ_ONLY = {"region_name": "eu-west-1"}
fixed = boto3.client("s3", **READ_ONLY)


def handler(event, context):
    random.shuffle(REGIONS)
    # expect: client-in-handler
    shuffled = boto3.client("dynamodb", region_name=REGIONS[0])
    if "slow" in event:
        heapq.heapreplace(LATENCY, (99, LATENCY[0][1]))
    # expect: client-in-handler
    fastest = boto3.client("dynamodb", region_name=LATENCY[0][1])
    if "region" in event:
        operator.setitem(SETTINGS, "region", event["region"])
    # expect: client-in-handler
    chosen = boto3.client("sqs", region_name=SETTINGS["region"])
    dict.update(OPTIONS, event.get("client", {}))
    # expect: client-in-handler
    configured = boto3.client("sns", **OPTIONS)
    # Only read: the client can move.
    print(len(READ_ONLY))
    logged = json.dumps(READ_ONLY)
    # expect: client-in-handler
    # expect: client-in-handler
    tenant = boto3.client("s3")
    tenant.__setattr__("tenant", event.get("tenant", getattr(tenant, "tenant", "default")))
    # expect: client-in-handler
    counted = boto3.client("s3")
    object.__setattr__(counted, "calls", getattr(counted, "calls", 0) + 1)
    return {
        "regions": [shuffled.meta.region_name, fastest.meta.region_name,
                    chosen.meta.region_name, configured.meta.region_name,
                    fixed.meta.region_name],
        "logged": logged,
        "tenant": tenant.tenant,
        "calls": counted.calls,
    }
