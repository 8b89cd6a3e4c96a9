# RUN: %expect %s
# A method called on an object hoist cannot type may be any project class's
# method of that name: a plugin registry a base class's __init_subclass__
# fills, iterated by the handler (trial 17 repro 11, T12). RegionPlugin's
# 'before' writes the region the client reads: no safe fix. A handler
# whose untyped objects' methods write nothing keeps its safe fix.
import os

import boto3

sqs = boto3.client("sqs")


class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls())


class RegionPlugin(Plugin):
    def before(self, event):
        os.environ["BUCKET_REGION"] = event.get("region", "us-west-2")

    def describe(self):
        return "region"


def plugin_handler(event, context):
    for plugin in Plugin.registry:
        plugin.before(event)
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return s3.meta.region_name


def described_handler(event, context):
    names = [plugin.describe() for plugin in Plugin.registry]
    # expect: client-in-handler[hoistable]
    return [names, sqs.meta.region_name]
