# The state the clients read lives in 'state'; 'config' changes it from the
# event on every invocation.
import boto3

import config
import state


def handler(event, context):
    config.apply(event)
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", **state.SETTINGS)
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=state.REGION)
    return [s3.meta.region_name, sqs.meta.region_name]
