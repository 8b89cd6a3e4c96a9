# RUN: %expect %s
# A getter or setter runs when code reads or writes its attribute, and code
# hoist does not follow one by one reads attributes too: str.format and
# format_map fields, operator.attrgetter (a sort key), getattr with a
# computed name. Getters and setters are also made in more ways than
# @property: property(get, set), cached_property(f), cached_property under
# another name. A class the invoke path names whose getter or setter writes
# the environment a construction reads: no safe fix (trial 27: N10, N11,
# N13, M16, M17, M18, M20; trial 26: H3).
import operator
import os
from functools import cached_property
from functools import cached_property as memoized

import boto3


class Settings:
    @property
    def region(self):
        os.environ["AWS_DEFAULT_REGION"] = "eu-west-2"
        return "eu-west-2"


SETTINGS = Settings()


def format_handler(event, context):
    print("{0.region}".format(SETTINGS))
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return s3.meta.region_name


def format_map_handler(event, context):
    print("{s.region}".format_map({"s": Settings()}))
    # expect: client-in-handler
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def attrgetter_handler(event, context):
    print(sorted([SETTINGS], key=operator.attrgetter("region")))
    # expect: client-in-handler
    sns = boto3.client("sns")
    return sns.meta.region_name


def describe(obj, names):
    return {name: getattr(obj, name) for name in names}


def computed_name_handler(event, context):
    print(describe(SETTINGS, event.get("fields", ["region"])))
    # expect: client-in-handler
    kms = boto3.client("kms")
    return kms.meta.region_name


class Tenant:
    def _get(self):
        return os.environ.get("AWS_DEFAULT_REGION")

    def _set(self, value):
        os.environ["AWS_DEFAULT_REGION"] = value

    region = property(_get, _set)

    def _load(self):
        os.environ["AWS_DEFAULT_REGION"] = "eu-west-3"
        return "eu-west-3"

    loaded = cached_property(_load)

    @memoized
    def home(self):
        os.environ["AWS_DEFAULT_REGION"] = "eu-north-1"
        return "eu-north-1"


TENANT = Tenant()


def setter_handler(event, context):
    TENANT.region = event.get("region", "us-east-1")
    # expect: client-in-handler
    ssm = boto3.client("ssm")
    return ssm.meta.region_name


def cached_call_form_handler(event, context):
    print(Tenant().loaded)
    # expect: client-in-handler
    sts = boto3.client("sts")
    return sts.meta.region_name


def aliased_cached_property_handler(event, context):
    print(Tenant().home)
    # expect: client-in-handler
    logs = boto3.client("logs")
    return logs.meta.region_name


class Reader:
    @property
    def region(self):
        return os.environ.get("AWS_DEFAULT_REGION", "us-east-1")


def reading_getter_handler(event, context):
    print("{0.region}".format(Reader()))
    # expect: client-in-handler[hoistable]
    ec2 = boto3.client("ec2")
    return ec2.meta.region_name
