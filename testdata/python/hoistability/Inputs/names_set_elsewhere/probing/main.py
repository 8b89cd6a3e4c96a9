import app


def handler(event, context):
    try:
        shared = app.s3
        kind = "shared"
    except AttributeError:
        kind = "per-call"
    return {"kind": kind, **app.process(event)}
