# RUN: %expect %s
# A module-level import that INIT may skip (under 'if False:', under a test
# of an environment variable) does not bind the name the hoisted client
# needs: the function's own import goes along with it, as for
# placement_type_checking.py.
import os

import boto3

if False:  # kept for editors
    from botocore.config import Config

if os.environ.get("LOCAL_DEBUG"):
    from botocore.config import Config as DebugConfig


def handler(event, context):
    from botocore.config import Config

    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", config=Config(connect_timeout=5))
    return {"timeout": s3.meta.config.connect_timeout}


def debug_handler(event, context):
    from botocore.config import Config as DebugConfig

    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", config=DebugConfig(read_timeout=7))
    return {"timeout": sqs.meta.config.read_timeout}
