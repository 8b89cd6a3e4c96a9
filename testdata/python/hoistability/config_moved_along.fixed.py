# RUN: %expect %s
# A Config of literal arguments built in the handler and passed to the
# client moves to module scope along with it: the client holds it, built
# at INIT as per invocation (trial 12 O2). One that the handler also hands
# to a library call whose result may hold it goes where hoist does not
# follow it: no safe fix.
import types

import boto3
from botocore.config import Config

config = Config(retries={"max_attempts": 3, "mode": "standard"},
                connect_timeout=5)
s3 = boto3.client("s3", config=config)


def handler(event, context):
    # expect: client-in-handler[hoistable]
    return s3.meta.config.connect_timeout


def shared_handler(event, context):
    settings = Config(connect_timeout=7)
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", config=settings)
    holder = types.SimpleNamespace(config=settings)
    return [holder.config.connect_timeout, sqs.meta.region_name]
