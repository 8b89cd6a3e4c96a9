# RUN: %expect %s
# A module-level table of the module's own functions, only read, runs one of
# them: hoist follows them and finds nothing that changes what the client
# reads, so the safe fix stays. A table the module changes may run
# something else: no safe fix.
import boto3

ddb = boto3.client("dynamodb")


def list_orders(event):
    # expect: client-in-handler[hoistable]
    return ddb.meta.region_name


def describe(event):
    return "describe"


ROUTES = {"list": list_orders, "describe": describe}


def handler(event, context):
    return ROUTES[event.get("op", "list")](event)


def lookup_handler(event, context):
    route = ROUTES.get(event.get("op", "list"))
    return route(event) if route else None


def stats(event):
    # expect: client-in-handler[hoistable]
    cloudwatch = boto3.client("cloudwatch")
    return cloudwatch.meta.region_name


CHANGED = [stats]


def register(function):
    CHANGED.append(function)
    return function


def changed_handler(event, context):
    return CHANGED[0](event)
