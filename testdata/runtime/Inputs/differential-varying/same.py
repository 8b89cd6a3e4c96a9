"""The same answers: only what varies by itself differs from the original's."""
import time
import uuid


def handler(event, context):
    return {"at": time.time(), "id": "request " + str(uuid.uuid4()) + " done", "count": 1}
