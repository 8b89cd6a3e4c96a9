# The function's entry point (template.yaml: main.handler) only re-exports
# the handler, then sets the region the handler's client reads.
import os

from app import handler  # noqa: F401

os.environ["AWS_DEFAULT_REGION"] = "eu-central-1"
