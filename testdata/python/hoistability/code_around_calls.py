# RUN: %expect %s
# Code that runs around the calls on the invoke path is followed to what it
# calls (trial 22: 01, 02, 10): the wrapper a decorator makes of the handler
# (a factory's too) calling a helper, a classmethod or a context manager; a
# `contextlib.ContextDecorator` instance entered around each call; a
# decorator of a helper or of a method the handler calls; a settings loader
# memoized with `functools.lru_cache`, which runs at the first invocation
# and whose writes last; a `logging.Filter` of the module's, which a
# logging call runs. Each writes the region a client built after it reads:
# no safe fix. A decorator whose helper writes nothing keeps the safe fix
# (in a module of its own; beside code that writes the environment and runs
# without a call naming it, as here, no fix is safe: unplaced_environment_writers.test).
import contextlib
import functools
import logging
import os

import boto3


def activate(event):
    os.environ["TENANT_REGION"] = event.get("region", "us-west-2")


def tenant_aware(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        activate(event)
        return fn(event, context)
    return wrapper


@tenant_aware
def decorator_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=os.environ.get("TENANT_REGION", "us-west-2"))
    return s3.meta.region_name


def exported(variable):
    def decorate(fn):
        def wrapper(event, context):
            os.environ.update({variable: event.get("region", "us-west-2")})
            return fn(event, context)
        return wrapper
    return decorate


@exported("FACTORY_REGION")
def factory_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name=os.environ.get("FACTORY_REGION", "us-west-2"))
    return sqs.meta.region_name


class Tenancy:
    @classmethod
    def activate(cls, event):
        os.environ["CLASS_REGION"] = event.get("region", "us-west-2")


def class_tenant(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        Tenancy.activate(event)
        return fn(event, context)
    return wrapper


@class_tenant
def classmethod_handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name=os.environ.get("CLASS_REGION", "us-west-2"))
    return sns.meta.region_name


@contextlib.contextmanager
def region_scope(region):
    os.environ["SCOPE_REGION"] = region
    yield


def scoped(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        with region_scope(event.get("region", "us-west-2")):
            return fn(event, context)
    return wrapper


@scoped
def context_manager_handler(event, context):
    # expect: client-in-handler[hoistable]
    kms = boto3.client("kms", region_name=os.environ.get("SCOPE_REGION", "us-west-2"))
    return kms.meta.region_name


class nordic(contextlib.ContextDecorator):
    def __enter__(self):
        os.environ["NORDIC_REGION"] = "eu-north-1"
        return self

    def __exit__(self, *exc):
        return False


@nordic()
def context_decorator_handler(event, context):
    # expect: client-in-handler[hoistable]
    ssm = boto3.client("ssm", region_name=os.environ.get("NORDIC_REGION", "us-west-2"))
    return ssm.meta.region_name


def helper_region(fn):
    @functools.wraps(fn)
    def wrapper(event):
        os.environ["HELPER_REGION"] = event.get("region", "us-west-2")
        return fn(event)
    return wrapper


@helper_region
def process(event):
    # expect: client-in-handler[hoistable]
    sts = boto3.client("sts", region_name=os.environ.get("HELPER_REGION", "us-west-2"))
    return sts.meta.region_name


def decorated_helper_handler(event, context):
    return process(event)


def method_region(fn):
    @functools.wraps(fn)
    def wrapper(self, event):
        activate_method_region(event)
        return fn(self, event)
    return wrapper


def activate_method_region(event):
    os.environ["METHOD_REGION"] = event.get("region", "us-west-2")


class Service:
    @method_region
    def run(self, event):
        # expect: client-in-handler[hoistable]
        logs = boto3.client("logs", region_name=os.environ.get("METHOD_REGION", "us-west-2"))
        return logs.meta.region_name


def decorated_method_handler(event, context):
    return Service().run(event)


@functools.lru_cache(maxsize=1)
def load_parameters():
    parameters = {"LOADED_REGION": "eu-central-1"}
    for name, value in parameters.items():
        os.environ[name] = value
    return parameters


def memoized_loader_handler(event, context):
    load_parameters()
    # expect: client-in-handler[hoistable]
    ecs = boto3.client("ecs", region_name=os.environ.get("LOADED_REGION", "us-west-2"))
    return ecs.meta.region_name


class TenantFilter(logging.Filter):
    def filter(self, record):
        os.environ["LOGGED_REGION"] = getattr(record, "region", "us-west-2")
        return True


logger = logging.getLogger("code_around_calls")
logger.addFilter(TenantFilter())


def logging_filter_handler(event, context):
    logger.warning("start", extra={"region": event.get("region", "us-west-2")})
    # expect: client-in-handler[hoistable]
    sfn = boto3.client("stepfunctions", region_name=os.environ.get("LOGGED_REGION", "us-west-2"))
    return sfn.meta.region_name


def audited(event):
    return sorted(event)


def auditing(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        audited(event)
        return fn(event, context)
    return wrapper


@auditing
def plain_decorator_handler(event, context):
    # expect: client-in-handler[hoistable]
    ses = boto3.client("ses")
    return ses.meta.region_name
