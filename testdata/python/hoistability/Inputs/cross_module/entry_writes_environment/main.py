# The function's entry point re-exports the handler, then sets the region.
import os

from app import handler  # noqa: F401

os.environ["AWS_DEFAULT_REGION"] = "eu-west-3"
