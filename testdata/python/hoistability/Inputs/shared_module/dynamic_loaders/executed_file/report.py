import os

NAMESPACE = {"__name__": "loaded"}
with open(os.path.join(os.path.dirname(__file__), "app.py")) as source:
    exec(compile(source.read(), "app.py", "exec"), NAMESPACE)


def handler(event, context):
    return NAMESPACE["label"](event.get("n"))
