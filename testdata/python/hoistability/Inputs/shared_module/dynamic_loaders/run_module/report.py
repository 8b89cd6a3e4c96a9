import runpy

NAMESPACE = runpy.run_module("app")


def handler(event, context):
    return NAMESPACE["label"](event.get("n"))
