"""Returns the variables a function's configuration may set."""
import os


def handler(event, context):
    return {name: os.environ.get(name)
            for name in ("ORDERS_TABLE", "EMPTY", "TZ", "AWS_MAX_ATTEMPTS",
                         "AWS_EXECUTION_ENV")}
