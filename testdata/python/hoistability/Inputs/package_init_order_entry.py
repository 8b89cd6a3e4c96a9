"""Imports the module HANDLER_MODULE names as Lambda imports a handler's
module ('pkg.app' for 'pkg.app.handler': the packages' __init__.py first),
and calls its handler."""
import importlib
import os

_handler = importlib.import_module(os.environ["HANDLER_MODULE"]).handler


def handler(event, context):
    return _handler(event, context)
