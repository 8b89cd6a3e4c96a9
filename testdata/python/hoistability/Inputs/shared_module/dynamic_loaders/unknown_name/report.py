import importlib
import os

TARGET = importlib.import_module(os.environ["TARGET_MODULE"])


def handler(event, context):
    return TARGET.label(event.get("n"))
