# RUN: %expect %s
import aiohttp
import httpx
import requests
import urllib3
from opensearchpy import OpenSearch

# ok: connection-in-handler
pool = urllib3.PoolManager()


def handler(event, context):
    # expect: connection-in-handler
    session = requests.Session()
    # expect: connection-in-handler
    with httpx.Client() as client:
        client.get("https://example.invalid")
    # expect: connection-in-handler
    manager = pool
    # expect: connection-in-handler
    search = OpenSearch(hosts=["search"])
    # ok: connection-in-handler
    requests.get("https://example.invalid", timeout=3)
    # ok: connection-in-handler
    pool.request("GET", "https://example.invalid")
    return session, manager, search


async def fetch(url):
    # Not a handler: a coroutine the handler may run.
    # ok: connection-in-handler
    async with aiohttp.ClientSession() as session:
        return await session.get(url)
