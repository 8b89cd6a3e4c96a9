DEFAULTS = {"region": "us-west-2"}
KEPT = {"region": "us-west-2"}
PLAIN = {"region": "us-west-2"}


def current():
    return DEFAULTS


def kept():
    cfg = KEPT
    return cfg
