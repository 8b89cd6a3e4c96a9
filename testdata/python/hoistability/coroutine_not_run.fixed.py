# RUN: %expect %s
# A coroutine function's body runs only when the coroutine its call makes
# is run: 'fetch()' here is closed unrun, so the client, whose endpoint
# variable may be missing, was never built; at INIT it would fail. No safe
# fix (trial 12 repro 06). Awaited, or given to asyncio.run, it runs on
# every invocation, and the move is safe.
import asyncio
import os

import boto3

sqs = boto3.client("sqs", region_name=os.environ.get("SQS_REGION"))


async def fetch():
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"])
    return s3.meta.endpoint_url


def handler(event, context):
    coroutine = fetch()
    coroutine.close()
    return {"ok": event.get("region")}


async def fetch_run():
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name


def run_handler(event, context):
    return asyncio.run(fetch_run())
