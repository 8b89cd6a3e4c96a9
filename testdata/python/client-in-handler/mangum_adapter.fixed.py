# A Mangum adapter kept at module scope and called by the handler runs the
# FastAPI app's routes, `async def` ones too, each for the requests it
# matches. A construction that may fail would fail every INIT at module
# scope, where only one route's requests built it: its fix is unsafe.
# RUN: %expect %s
import os

import boto3
from fastapi import FastAPI
from mangum import Mangum

app = FastAPI()
asgi = Mangum(app)
s3 = boto3.client("s3")


@app.get("/buckets")
async def buckets():
    # expect: client-in-handler
    return s3.list_buckets()


@app.get("/tables")
def tables():
    # expect: client-in-handler
    dynamodb = boto3.client("dynamodb", region_name=os.environ["TABLE_REGION"])
    return dynamodb.list_tables()


def lambda_handler(event, context):
    return asgi(event, context)
