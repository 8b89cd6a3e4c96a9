"""The count now carries from one invocation to the next."""
import time
import uuid

COUNT = [0]


def handler(event, context):
    COUNT[0] += 1
    return {"at": time.time(), "id": "request " + str(uuid.uuid4()) + " done", "count": COUNT[0]}
