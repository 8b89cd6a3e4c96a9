# RUN: %expect %s
# A client built into a local and then stored in guarded long-lived state
# is built once per execution environment, as when it is stored directly
# (aws-solutions/aws-instance-scheduler's dynamo_client.py). Stored without
# a guard, or through a local bound again, it is built every time.
import boto3

_hub_client = None
_cache = {}
fresh = boto3.client("sns")
kinesis_client = boto3.client("kinesis")


def hub_client():
    global _hub_client
    if not _hub_client:
        # ok: client-in-handler
        new_client: object = boto3.client("dynamodb")
        _hub_client = new_client
    return _hub_client


def cached(service):
    if service not in _cache:
        # ok: client-in-handler
        client = boto3.client(service)
        _cache[service] = client
    return _cache[service]


class Store:
    def __init__(self):
        self._sqs = None

    def sqs(self):
        if self._sqs is None:
            # ok: client-in-handler
            made = boto3.client("sqs")
            self._sqs = made
        return self._sqs


STORE = Store()


def unguarded():
    global _hub_client
    # expect: client-in-handler[hoistable]
    _hub_client = fresh
    return _hub_client


def rebound(event):
    global _hub_client
    if not _hub_client:
        # expect: client-in-handler
        made = kinesis_client
        made = event.get("override") or made
        _hub_client = made
    return _hub_client


def lambda_handler(event, context):
    return {
        "hub": hub_client().meta.region_name,
        "s3": cached("s3").meta.region_name,
        "sqs": STORE.sqs().meta.region_name,
        "sns": unguarded().meta.region_name,
        "kinesis": rebound(event).meta.region_name,
    }
