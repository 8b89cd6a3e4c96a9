# The function's entry point sets the names app's clients read, by name or
# through app's namespace, on every invocation.
import importlib

import app as _app


def entry_handler(event, context):
    region = event.get("region", "us-east-1")
    setattr(_app, "SETATTR_REGION", region)
    vars(_app).update(VARS_REGION=region)
    _app.__dict__["DICT_REGION"] = region
    importlib.import_module("app").IMPORTED_REGION = region
    return _app.setattr_handler(event, context)
