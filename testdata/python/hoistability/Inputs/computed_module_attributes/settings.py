import os

REGION_NAME = "eu-west-1"
_CURRENT = {"region": "us-west-2"}


def use(region):
    _CURRENT["region"] = region


def _variable(name):
    return os.environ.get("APP_" + name, "us-west-2")


def __getattr__(name):
    if name == "REGION":
        return _variable(name)
    if name == "CURRENT_REGION":
        return _CURRENT["region"]
    raise AttributeError(name)
