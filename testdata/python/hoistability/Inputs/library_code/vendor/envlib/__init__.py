"""A library outside the checked tree (installed, or a Lambda layer) that
writes the environment and its own state, as company layers do."""
import contextlib
import os

REGION = "us-west-2"


class _Settings:
    region = "us-west-2"


settings = _Settings()


def load():
    os.environ.setdefault("BUCKET_REGION", "eu-north-1")


def apply(event):
    os.environ["BUCKET_REGION"] = event.get("region", "us-west-2")


def configure(event):
    settings.region = event.get("region", "us-west-2")


@contextlib.contextmanager
def region_scope(region):
    os.environ["AWS_DEFAULT_REGION"] = region or "us-west-2"
    yield


def parse(event):
    return dict(event)
