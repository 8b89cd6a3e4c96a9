"""The string that holds the id says something else around it."""
import time
import uuid


def handler(event, context):
    return {"at": time.time(), "id": "request " + str(uuid.uuid4()) + " failed", "count": 1}
