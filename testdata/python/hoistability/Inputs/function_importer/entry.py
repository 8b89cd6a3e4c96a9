import importlib


def handler(event, context):
    app = importlib.import_module("app")
    app.REGION = event.get("region", "us-east-1")
    return app.handler(event, context)


def other_handler(event, context):
    import app as module

    module.REGION = event.get("region", "us-east-1")
    return module.handler(event, context)
