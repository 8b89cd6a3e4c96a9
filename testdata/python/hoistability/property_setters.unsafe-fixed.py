# RUN: %expect %s
# Setting an attribute runs a property's setter: one that writes the
# environment changes what a construction after it reads, so no safe fix.
# The setters looked at are those of the receiver's class when hoist knows
# it, else those of any project class with a setter of that name.
import os

import boto3

sqs = boto3.client("sqs")


class Settings:
    @property
    def region(self):
        return os.environ.get("AWS_DEFAULT_REGION")

    @region.setter
    def region(self, value):
        os.environ["AWS_DEFAULT_REGION"] = value


class Plain:
    def __init__(self):
        self.region = None


settings = Settings()
plain = Plain()


def setter_handler(event, context):
    settings.region = event.get("region", "eu-west-1")
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name


def configure(target, region):
    target.region = region


def unknown_receiver_handler(event, context):
    configure(settings, event.get("region", "eu-west-1"))
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name


def plain_attribute_handler(event, context):
    plain.region = event.get("region", "eu-west-1")
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name
