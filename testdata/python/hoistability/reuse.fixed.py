# RUN: %expect %s
# Equal constructions in the handlers of one module share one module-level
# object, whatever their local names or quotes.
import boto3

logs = boto3.client("logs")


def first_handler(event, context):
    # expect: client-in-handler[hoistable]
    return logs.meta.region_name


def second_handler(event, context):
    # expect: client-in-handler[hoistable]
    return logs.meta.region_name


def third_handler(event, context):
    # expect: client-in-handler[hoistable]
    client = logs
    return client.meta.region_name


def inline_handler(event, context):
    # expect: client-in-handler[hoistable]
    return logs.meta.region_name
