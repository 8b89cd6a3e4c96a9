import importlib

MODULE = "app"


def handler(event, context):
    return importlib.import_module(MODULE).label(event.get("n"))
