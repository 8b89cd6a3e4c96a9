CONFIG = {"region": "us-west-2"}
STORED = {"region": "us-west-2"}
_STORE = [STORED]
PLAIN = {"region": "us-west-2"}


def configure(region):
    cfg = CONFIG
    cfg.update(region=region)


def apply(region):
    _STORE[0]["region"] = region
