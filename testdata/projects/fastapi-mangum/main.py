# FastAPI through Mangum: Lambda calls the Mangum object, which runs the
# app's routes (and those of the routers it includes), `def` and `async def`
# alike, each for the requests it matches.
import aiohttp
import boto3
from fastapi import FastAPI
from mangum import Mangum

from routers import items

app = FastAPI()
app.include_router(items.router, prefix="/items")


@app.get("/buckets")
def buckets():
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return s3.list_buckets()


@app.post("/queues")
async def queues():
    # expect: client-in-handler
    sqs = boto3.client("sqs")
    return sqs.list_queues()


@app.get("/proxy")
async def proxy():
    # An aiohttp session belongs to the event loop it first runs in: no fix
    # moves or caches it.
    # expect: connection-in-handler
    async with aiohttp.ClientSession() as session:
        async with session.get("https://example.invalid") as response:
            return await response.json()


def helper():
    # ok: client-in-handler
    return boto3.client("kinesis")


handler = Mangum(app, lifespan="off")
