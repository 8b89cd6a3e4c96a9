from core import thing


def g(event, context):
    return thing.x(event)
