# RUN: %expect %s
# Once the local moves to module scope, code that ran while it was unbound,
# or that lists the function's locals, sees the module-level name: the
# hoist is unsafe.
import boto3

s3 = boto3.client("s3")
sqs = boto3.client("sqs")
sns = boto3.client("sns")


def probing_handler(event, context):
    if event.get("kind") == "a":
        try:
            return s3.meta.region_name
        except NameError as error:
            return type(error).__name__
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def listing_handler(event, context):
    # expect: client-in-handler[hoistable]
    return sorted(locals())


def plain_handler(event, context):
    # expect: client-in-handler[hoistable]
    return sns.meta.region_name
