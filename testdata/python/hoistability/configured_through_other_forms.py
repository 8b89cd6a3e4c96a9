# RUN: %expect %s
# A client configured through forms that give back one of its parts: a
# member looked up with '__getattribute__', a part bound by a walrus, an
# item a part gives back ('setdefault(...)'), a part bound to a local and
# changed in place ('|='), or a parameter whose default builds it, in the
# nested function or lambda that configures it. Each keeps what it changes
# into the next invocation: no fix. Reading the config's string attributes
# through their methods changes nothing.
import boto3
from botocore.config import Config

SEEN = []


def hook(**kwargs):
    SEEN.append(1)


def getattribute_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.__getattribute__("meta").events.register("before-call.s3.ListBuckets", hook)
    return s3.meta.region_name


def walrus_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    (events := s3.meta.events).register("before-call.s3.ListBuckets", hook)
    return events is not None


def setdefault_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    retries = s3.meta.config.retries
    retries.setdefault("seen", []).append(event.get("key"))
    return len(retries["seen"])


def in_place_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    retries = s3.meta.config.retries
    retries |= {str(event.get("key")): 1}
    return sorted(retries)


def default_handler(event, context):
    # expect: client-in-handler[hoistable]
    def tag(key, s3=boto3.client("s3", region_name="us-east-1")):
        s3.meta.config.retries.update({key: 1})
        return sorted(s3.meta.config.retries)

    return tag(str(event.get("key")))


def lambda_default_handler(event, context):
    # expect: client-in-handler[hoistable]
    add = lambda name, s3=boto3.client("s3", region_name="us-east-1"): s3.meta.events.register(name, hook) or s3
    return add("before-call.s3.ListBuckets").meta.region_name


def user_agent_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", config=Config(user_agent_extra="orders/1.0"))
    return s3.meta.config.user_agent.split("Botocore/", 1)[0].upper()
