from . import region


def handler(event, context):
    return region()
