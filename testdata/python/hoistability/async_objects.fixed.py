# RUN: %expect %s
# Constructions in coroutines the handlers run with asyncio.run, which starts
# a new event loop on every invocation. A plain boto3 client moves; what
# belongs to a loop, what a 'with' closes and what is closed does not move,
# nor is it cached.
import asyncio

import aiohttp
import boto3
import httpx

s3 = boto3.client("s3", region_name="eu-west-1")


async def region_of():
    # expect: client-in-handler[hoistable]
    await asyncio.sleep(0)
    return s3.meta.region_name


async def kept_session():
    # Built at INIT, outside any loop, it fails in every invocation.
    # expect: connection-in-handler[hoistable]
    http = aiohttp.ClientSession()
    try:
        async with http.get("http://127.0.0.1:9") as response:
            return response.status
    except aiohttp.ClientError as exc:
        return type(exc).__name__


async def closed_client():
    # expect: connection-in-handler[hoistable]
    client = httpx.AsyncClient(trust_env=False)
    try:
        return (await client.get("http://127.0.0.1:9")).status_code
    except httpx.HTTPError as exc:
        return type(exc).__name__
    finally:
        await client.aclose()


async def client_by_region(region):
    # Cached by region, a context manager would be entered again after its
    # block closed it.
    # expect: connection-in-handler[not-hoistable]
    async with httpx.AsyncClient(base_url=f"http://{region}.invalid",
                                 trust_env=False) as client:
        return str(client.base_url)


def region_handler(event, context):
    return asyncio.run(region_of())


def session_handler(event, context):
    return asyncio.run(kept_session())


def closed_handler(event, context):
    return asyncio.run(closed_client())


def keyed_handler(event, context):
    return asyncio.run(client_by_region(event.get("region", "us-east-1")))
