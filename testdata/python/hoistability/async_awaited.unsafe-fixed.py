# RUN: %expect %s
# What a coroutine awaits, and the clients of aioboto3 and aiobotocore (whose
# calls return a context that awaits a coroutine once): never moved, never
# cached.
import asyncio

import aioboto3
import aiobotocore.session
import asyncpg

SESSION = aioboto3.Session()
session = aiobotocore.session.get_session()


async def read_object(region, key):
    # expect: client-in-handler[not-hoistable]
    async with SESSION.client("s3", region_name=region) as s3:
        return await s3.get_object(Bucket="b", Key=key)


async def entered_client():
    # expect: client-in-handler[hoistable]
    # expect: client-in-handler[hoistable]
    client = await session.create_client("s3").__aenter__()
    return client.meta.region_name


async def connection():
    # expect: connection-in-handler[hoistable]
    conn = await asyncpg.connect("postgresql://127.0.0.1:9/db")
    return await conn.fetchval("SELECT 1")


def handler(event, context):
    return asyncio.run(read_object(event["region"], event["id"]))


def client_handler(event, context):
    return asyncio.run(entered_client())


def database_handler(event, context):
    return asyncio.run(connection())
