# A name that matches a handler pattern makes a handler only when Lambda could
# call it: an event-like first parameter, a context-like second one of two, or
# (for an exact name such as 'handler') any first parameter Lambda must fill.
# The helpers of an aiohttp app, error callbacks and signal handlers that
# '*_handler' also matches are not handlers, and what they build is not
# reported.
# RUN: %expect %s
import signal

import aiohttp
import boto3
from aiohttp import web


async def route_handler(request):
    # ok: connection-in-handler
    async with aiohttp.ClientSession() as session:
        async with session.get("http://127.0.0.1:8080/status") as response:
            return web.json_response(await response.json())


def error_handler(exc):
    # ok: client-in-handler
    boto3.client("sns").publish(TopicArn="arn:aws:sns:us-east-1:1:alerts", Message=str(exc))


def shutdown_handler(*args):
    # ok: client-in-handler
    boto3.client("logs")


signal.signal(signal.SIGTERM, shutdown_handler)


def lambda_handler(evt, ctx):
    # expect: client-in-handler
    return boto3.client("s3").list_buckets()


def orders_handler(event: dict, context: "LambdaContext") -> dict:
    # expect: client-in-handler
    return boto3.client("dynamodb").scan(TableName="orders")


def audit_handler(_event, _):
    # expect: client-in-handler
    return boto3.client("cloudtrail").lookup_events(MaxResults=1)


def payments_handler(payload, context):
    # The second of two parameters names the first: an event under another name.
    # expect: client-in-handler
    return boto3.client("sqs").send_message(QueueUrl=payload["queue"], MessageBody="paid")


def handler(payload, _context):
    # An exact handler name needs only a first parameter Lambda fills.
    # expect: client-in-handler
    return boto3.client("events").put_events(Entries=[{"Source": "orders"}])


app = web.Application()
app.router.add_get("/status", route_handler)
