# RUN: %expect %s
# A property's getter runs whenever the attribute is read, by name too:
# getattr(obj, "region"), hasattr(obj, "region"), and for a property made
# by a call, region = property(_region). Here the getter writes the region
# the client reads: no safe fix (trial 26: H1, H2, H4). A property made by a
# call that builds a client builds it on every read.
import os

import boto3

s3 = boto3.client("s3")
sqs = boto3.client("sqs")
sns = boto3.client("sns")
kms = boto3.client("kms")


class Tenant:
    def __init__(self, event):
        self.event = event

    @property
    def region(self):
        if "region" in self.event:
            os.environ["AWS_DEFAULT_REGION"] = self.event["region"]
        return os.environ["AWS_DEFAULT_REGION"]


def getattr_handler(event, context):
    getattr(Tenant(event), "region")
    # expect: client-in-handler
    return s3.meta.region_name


def hasattr_handler(event, context):
    hasattr(Tenant(event), "region")
    # expect: client-in-handler
    return sqs.meta.region_name


class MadeTenant:
    def __init__(self, event):
        self.event = event

    def _region(self):
        if "region" in self.event:
            os.environ["AWS_DEFAULT_REGION"] = self.event["region"]
        return os.environ["AWS_DEFAULT_REGION"]

    region = property(_region)

    def _queue(self):
        # expect: client-in-handler
        return sqs

    queue = property(fget=_queue)


def property_call_handler(event, context):
    print(MadeTenant(event).region)
    # expect: client-in-handler
    return sns.meta.region_name


def queue_handler(event, context):
    return MadeTenant(event).queue.meta.region_name


def plain_handler(event, context):
    getattr(Tenant(event), "event")
    # expect: client-in-handler
    return kms.meta.region_name
