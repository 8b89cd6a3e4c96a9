# RUN: %expect %s
# A base class written subscripted (`Base[Request]`, `Generic[T]`) is the
# class itself at run time: the method the handler inherits calls the
# subclass's override through `self` (fresh22 M2, instance-scheduler's
# CustomResource[...] handlers).
from typing import Generic, TypeVar

import boto3

T = TypeVar("T")
ssm = boto3.client("ssm")


class Base(Generic[T]):
    def __init__(self, event):
        self.event = event

    def handle_request(self):
        return self._create()

    def _create(self):
        return None


class Resource(Base[dict]):
    def _create(self):
        # expect: client-in-handler[hoistable]
        return ssm.get_parameter(Name="x")


def handle(event, context):
    return Resource(event).handle_request()
