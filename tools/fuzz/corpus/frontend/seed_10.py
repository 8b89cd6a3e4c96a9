# RUN: %expect %s
import asyncio


# expect: handler-signature
async def handler(event, context):
    await asyncio.sleep(0)
    return event


# expect: handler-signature
def stream_handler(event, context):
    for record in event["Records"]:
        yield record


def lambda_handler(event, context):
    # A generator expression does not make the handler a generator.
    # ok: handler-signature
    return list(r for r in event["Records"])


def list_handler(event, context):
    def inner():
        yield 1
    # ok: handler-signature
    return list(inner())
