import boto3

_CACHE = {}


def get_cached(name):
    if name not in _CACHE:
        # ok: client-in-handler
        _CACHE[name] = boto3.client(name)
    return _CACHE[name]
