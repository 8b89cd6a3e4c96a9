import functools

import boto3
import requests


@functools.lru_cache(maxsize=None)
def session():
    # Memoized: built on the first call only.
    # ok: connection-in-handler
    return requests.Session()


def send(event):
    return session().post("https://example.invalid", json=event)


_sns = None


def sns():
    global _sns
    if _sns is None:
        # ok: client-in-handler
        _sns = boto3.client("sns")
    return _sns


def countdown(n):
    # Recursion is followed once, not forever.
    return tick(n)


def tick(n):
    return countdown(n - 1) if n else 0
