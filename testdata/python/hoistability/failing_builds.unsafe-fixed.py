# RUN: %expect %s
# A build botocore refuses fails wherever it runs: per invocation, the
# original imports and raises there (or raises something else first: a
# lookup, `next()` of nothing, a validating helper); moved to module scope,
# the module no longer imports. Such a construction gets no safe fix, with
# nothing before it or after a guard alike (Python trial 32, I). A
# Config's endpoint_discovery_enabled is checked by the clients of services
# that discover endpoints (DynamoDB), which refuse any but a bool or
# "auto", "true", "false"; an S3 client does not check it, and a value it
# accepts keeps the safe fix.
import boto3
from botocore.config import Config

DISCOVERY = Config(endpoint_discovery_enabled="sometimes")
s3 = boto3.client("s3", region_name="")
sqs = boto3.client("sqs", config=Config(retries={"attempts": 3}))
sns = boto3.client("sns", config=Config(connect_timeout="5"))
ddb = boto3.client("dynamodb", config=Config(endpoint_discovery_enabled="sometimes"))
streams = boto3.client("timestream-write", config=DISCOVERY)
logs = boto3.client("logs", config=Config(connect_timeout=0, read_timeout=0))
tables = boto3.client("dynamodb", config=Config(endpoint_discovery_enabled=" AUTO "))
bucket = boto3.client("s3", config=Config(endpoint_discovery_enabled="sometimes"))


def empty_region_handler(event, context):
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def lookup_first_handler(event, context):
    table = {"a": 1}[event.get("k", "missing")]
    # expect: client-in-handler[hoistable]
    return [table, sqs.meta.region_name]


def validate(event):
    return int(event["quantity"])


def validated_handler(event, context):
    quantity = validate(event)
    # expect: client-in-handler[hoistable]
    return [quantity, sns.meta.region_name]


def discovery_handler(event, context):
    if event.get("warmup"):
        return {"warm": True}
    # expect: client-in-handler[hoistable]
    return {"region": ddb.meta.region_name}


def module_discovery_handler(event, context):
    # expect: client-in-handler[hoistable]
    return {"region": streams.meta.region_name}


def zero_timeout_handler(event, context):
    if event.get("warmup"):
        return {"warm": True}
    # A timeout of 0 is refused too ("less than or equal to 0").
    # expect: client-in-handler[hoistable]
    return {"region": logs.meta.region_name}


def discovery_auto_handler(event, context):
    # expect: client-in-handler[hoistable]
    return {"region": tables.meta.region_name}


def discovery_unchecked_handler(event, context):
    # expect: client-in-handler[hoistable]
    return {"region": bucket.meta.region_name}
