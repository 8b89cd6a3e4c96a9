import functools


def use(before=None, after=None):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(event, context):
            if before:
                before(event)
            response = fn(event, context)
            return after(response) if after else response

        return wrapper

    return decorate
