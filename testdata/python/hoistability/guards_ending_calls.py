# RUN: %expect %s
# A guard can end the function without 'return' or 'raise': by a call that
# never returns (a helper that always raises, sys.exit). And a decorator that
# handles the handler's errors answers a construction that fails. Each
# construction below can fail (a variable read as an item): hoisted, it would
# fail INIT instead. No safe fix.
import functools
import os
import sys

import boto3


class HttpError(Exception):
    pass


def abort(status, message):
    raise HttpError(f"{status} {message}")


def helper_guard_handler(event, context):
    if event.get("path") == "/health":
        abort(200, "ok")
    # expect: client-in-handler[hoistable]
    events = boto3.client("events", region_name=os.environ["EVENTS_REGION"])
    return events.meta.region_name


def exit_guard_handler(event, context):
    if "NOTIFY_REGION" not in os.environ:
        print("misconfigured")
        sys.exit(1)
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name=os.environ["NOTIFY_REGION"])
    return sns.meta.region_name


def api_errors(function):
    @functools.wraps(function)
    def wrapper(event, context):
        try:
            return function(event, context)
        except Exception as error:
            return {"statusCode": 500, "body": type(error).__name__}

    return wrapper


@api_errors
def decorated_handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb", region_name=os.environ["TABLE_REGION"])
    return {"statusCode": 200, "body": ddb.meta.region_name}


def unreachable_handler(event, context):
    sys.exit(0)
    # ok: client-in-handler
    return boto3.client("sqs", endpoint_url="http://[broken")
