# RUN: %expect %s
# A function's attributes are module state as a module-level name is: set
# on the invoke path (`remember.region = ...`, `setattr(handler, ...)`, its
# `__dict__` or `vars(handler)`, as a mapping written, updated or merged
# into, a flag a handler sets on itself after its first invocation),
# what a construction reads of them differs from INIT, where they may not
# exist yet; so does one a decorator's wrapper sets on itself, which the
# decorated name holds. So does an attribute of a library object the module keeps
# (`make = functools.partial(...)`). No fix. An attribute set once, at
# module level, is a constant: the safe fix moves the client after it.
import functools

import boto3

make = functools.partial(boto3.client, "s3")


def remember(event):
    remember.region = event.get("region", getattr(remember, "region", "us-east-1"))


def helper_attribute_handler(event, context):
    remember(event)
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=remember.region)
    return s3.meta.region_name


def setattr_handler(event, context):
    setattr(setattr_handler, "region", event.get("region", "us-east-1"))
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=setattr_handler.region)
    return s3.meta.region_name


def namespace_handler(event, context):
    namespace_handler.__dict__["region"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=namespace_handler.region)
    return s3.meta.region_name


def vars_update_handler(event, context):
    vars(vars_update_handler).update(region=event.get("region", "us-east-1"))
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=vars_update_handler.region)
    return s3.meta.region_name


def setdefault_handler(event, context):
    setdefault_handler.__dict__.pop("region", None)
    setdefault_handler.__dict__.setdefault("region", event.get("region", "us-east-1"))
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=setdefault_handler.region)
    return s3.meta.region_name


def merged_namespace_handler(event, context):
    merged_namespace_handler.__dict__ |= {"region": event.get("region", "us-east-1")}
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=merged_namespace_handler.region)
    return s3.meta.region_name


def cold_start_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client(
        "s3", config=boto3.session.Config(
            user_agent_extra="warm" if cold_start_handler.warm else "cold"))
    cold_start_handler.warm = True
    return s3.meta.config.user_agent_extra


cold_start_handler.warm = False


def partial_attribute_handler(event, context):
    make.region = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=make.region)
    return s3.meta.region_name


def traced(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        wrapper.last_region = event.get("region", "us-east-1")
        return fn(event, context)

    return wrapper


@traced
def wrapped_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=wrapped_handler.last_region)
    return s3.meta.region_name


def constant_attribute_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client_10
    return s3.meta.region_name


constant_attribute_handler.region = "eu-west-1"
s3_client_10 = boto3.client("s3", region_name=constant_attribute_handler.region)
