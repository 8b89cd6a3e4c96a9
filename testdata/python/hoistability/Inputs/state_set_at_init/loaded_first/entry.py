from app import handler


def entry_handler(event, context):
    return handler(event, context)
