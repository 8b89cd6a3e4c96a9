# The middlewares given to an AWS Lambda Powertools resolver run around its
# routes on every invocation (trial 22, repro 11): given to the resolver
# (`app.use(middlewares=[...])`) or to one route. One sets the region a
# client of the route reads (AWS_DEFAULT_REGION): no safe fix.
# RUN: %expect %s
import os

import boto3
from aws_lambda_powertools.event_handler import APIGatewayRestResolver

app = APIGatewayRestResolver()
routes = APIGatewayRestResolver()


def tenant_region(app, next_middleware):
    os.environ["AWS_DEFAULT_REGION"] = app.current_event.get("headers", {}).get("x-region", "us-east-1")
    return next_middleware(app)


app.use(middlewares=[tenant_region])


@app.get("/files")
def files():
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}


def lambda_handler(event, context):
    return app.resolve(event, context)


@routes.get("/queues", middlewares=[tenant_region])
def queues():
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return {"region": sqs.meta.region_name}


def routes_handler(event, context):
    return routes.resolve(event, context)
