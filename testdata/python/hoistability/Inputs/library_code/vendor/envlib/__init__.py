"""A library outside the checked tree (installed, or a Lambda layer) that
writes the environment and its own state, as company layers do."""
import contextlib
import functools
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


def settings_from(event):
    """Loads settings and exports the region, as settings loaders do."""
    os.environ["BUCKET_REGION"] = event.get("region", "us-west-2")
    return dict(event)


def refresh():
    """Reloads the region from a parameter store (here: a counter)."""
    refresh.calls = getattr(refresh, "calls", 0) + 1
    os.environ["BUCKET_REGION"] = ("eu-west-1", "ap-south-1")[refresh.calls % 2]


class Env:
    def sync(self):
        refresh()


def region_from_event(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        os.environ["BUCKET_REGION"] = event.get("region", "us-west-2")
        return fn(event, context)
    return wrapper


def make_handler(fn):
    return region_from_event(fn)


class Settings:
    """Exports what it loads when built."""
    def __init__(self):
        os.environ["AWS_DEFAULT_REGION"] = "eu-north-1"
