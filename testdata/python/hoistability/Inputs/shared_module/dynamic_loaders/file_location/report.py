import importlib.util
import os

spec = importlib.util.spec_from_file_location(
    "loaded", os.path.join(os.path.dirname(__file__), "app.py"))
loaded = importlib.util.module_from_spec(spec)
spec.loader.exec_module(loaded)


def handler(event, context):
    return loaded.label(event.get("n"))
