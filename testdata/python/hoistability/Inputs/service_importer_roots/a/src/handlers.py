from core import Core


def h(event, context):
    return Core().run(event["key"])
