"""A library outside the checked tree (installed, or a Lambda layer): its
validating decorator answers 400 without calling the handler."""
import functools


def validate(required):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(event, context):
            missing = [key for key in required if key not in event]
            if missing:
                return {"statusCode": 400, "missing": missing}
            return fn(event, context)
        return wrapper
    return decorator


def wrap(fn):
    return validate(["archive"])(fn)
