import functools
import os

import boto3
from middleware import use


def set_region(event):
    if "region" in event:
        os.environ["AWS_DEFAULT_REGION"] = event["region"]


def middleware(before):
    def decorate(fn):
        def wrapper(event, context):
            before(event)
            return fn(event, context)

        return wrapper

    return decorate


@middleware(before=set_region)
def keyword_handler(event, context):
    s3 = boto3.client("s3")
    return s3.meta.region_name


def before_call(hook):
    def decorate(fn):
        def wrapper(event, context):
            hook(event)
            return fn(event, context)

        return wrapper

    return decorate


def _applied(event, context):
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


applied_handler = before_call(set_region)(_applied)


class Middleware:
    def __init__(self, before):
        self.before = before

    def __call__(self, fn):
        def wrapper(event, context):
            self.before(event)
            return fn(event, context)

        return wrapper


@Middleware(before=set_region)
def instance_handler(event, context):
    sns = boto3.client("sns")
    return sns.meta.region_name


def with_hook(fn, hook):
    @functools.wraps(fn)
    def wrapper(event, context):
        hook(event)
        return fn(event, context)

    return wrapper


@functools.partial(with_hook, hook=set_region)
def partial_handler(event, context):
    kms = boto3.client("kms")
    return kms.meta.region_name


@use(before=set_region)
def imported_handler(event, context):
    sts = boto3.client("sts")
    return sts.meta.region_name


def timed(fn):
    def wrapper(event, context):
        return fn(event, context)

    return wrapper


@timed
def plain_handler(event, context):
    ssm = boto3.client("ssm")
    return ssm.meta.region_name
