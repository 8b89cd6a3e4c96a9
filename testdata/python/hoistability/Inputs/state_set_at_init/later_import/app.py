from orders import handler
import overrides


def entry_handler(event, context):
    return handler(event, context)
