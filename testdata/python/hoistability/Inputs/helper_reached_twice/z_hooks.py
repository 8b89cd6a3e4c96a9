from helpers import make

CALLS = []


def hook(**kwargs):
    CALLS.append(1)


def handler(event, context):
    c = make()
    c.meta.events.register("before-call.*", hook)
    return len(CALLS)
