"""Answers with the time and an id made up per call beside its count."""
import time
import uuid


def handler(event, context):
    return {"at": time.time(), "id": "request " + str(uuid.uuid4()) + " done", "count": 1}
