# RUN: %expect %s
# boto3.setup_default_session called by another name: what a call runs, not
# what it is called, writes the environment. No safe fix.
import boto3

configure = boto3.setup_default_session
sqs = boto3.client("sqs")


def handler(event, context):
    if "region" in event:
        configure(region_name=event["region"])
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name
