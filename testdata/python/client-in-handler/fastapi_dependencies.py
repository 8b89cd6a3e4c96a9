# FastAPI calls the dependencies of a route for each request it serves,
# before the route: what `Depends(...)` or `Security(...)` names in a
# parameter's default or its `Annotated[...]` type (the parameter's type
# when it names nothing), in a `dependencies=[...]` list of the route, its
# router, the app or the call that includes the router, and the
# dependencies those declare in turn; a `yield` dependency runs up to its
# `yield` (fresh26: adamsulemanji/fastapi-lambda-dynamodb). One memoized with
# functools.lru_cache runs once per process, and a marker is only a default
# to a function that is called, not served.
# RUN: %expect %s
import functools
import os
from typing import Annotated

import boto3
from fastapi import APIRouter, Depends, FastAPI, Security
from mangum import Mangum


class Cognito:
    def __init__(self):
        # expect: client-in-handler
        self.client = boto3.client("cognito-idp", region_name=os.environ.get("AWS_REGION"))


def get_cognito():
    return Cognito()


class Streams:
    def __init__(self):
        # expect: client-in-handler
        self.kinesis = boto3.client("kinesis")


def get_queue():
    # expect: client-in-handler
    sqs = boto3.client("sqs")
    yield sqs
    print("request done")


def get_bus(queue=Depends(get_queue)):
    # expect: client-in-handler
    events = boto3.client("events")
    return events, queue


def get_table():
    # expect: client-in-handler
    dynamodb = boto3.client("dynamodb")
    return dynamodb


Table = Annotated[object, Depends(get_table)]


class Caller:
    def __call__(self):
        # expect: client-in-handler
        sts = boto3.client("sts")
        return sts.get_caller_identity()


caller = Caller()


@functools.lru_cache
def get_s3():
    # ok: client-in-handler
    s3 = boto3.client("s3")
    return s3


def verify_key():
    # expect: client-in-handler
    ssm = boto3.client("ssm")
    return ssm.get_parameter(Name="key")


def audit():
    # expect: client-in-handler
    logs = boto3.client("logs")
    return logs


def tenant():
    # expect: client-in-handler
    sns = boto3.client("sns")
    return sns


def on_every_request():
    # expect: client-in-handler
    firehose = boto3.client("firehose")
    return firehose


def build_athena():
    # ok: client-in-handler
    athena = boto3.client("athena")
    return athena


def helper(athena=Depends(build_athena)):
    return athena


router = APIRouter(dependencies=[Depends(audit)])
app = FastAPI(dependencies=[Depends(on_every_request)])
asgi = Mangum(app)


@router.get("/users/me")
def me(cognito: Cognito = Depends(get_cognito), s3=Depends(get_s3)):
    return cognito.client.meta.region_name


@router.get("/streams")
def streams(streams: Streams = Depends()):
    return streams.kinesis.meta.region_name


@router.get("/tables")
async def tables(table: Table, who: Annotated[dict, Depends(caller)]):
    helper()
    return who


@app.post("/send", dependencies=[Security(verify_key)])
def send(bus=Depends(get_bus)):
    return "sent"


app.include_router(router, dependencies=[Depends(tenant)])


def lambda_handler(event, context):
    return asgi(event, context)
