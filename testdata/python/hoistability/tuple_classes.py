# RUN: %expect %s
# A tuple class the module makes once with 'collections.namedtuple' or
# 'typing.NamedTuple' only holds what its instances are given: calling it
# runs no code that may change the environment, and the fix is safe.
import typing
from collections import namedtuple

import boto3

Out = namedtuple("Out", "region key")
Pair = typing.NamedTuple("Pair", [("region", str), ("key", str)])


def lambda_handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return Out(sns.meta.region_name, event.get("key"))._asdict()


def pair_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return list(Pair(sqs.meta.region_name, str(event.get("key"))))

