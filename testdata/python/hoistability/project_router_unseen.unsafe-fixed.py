# RUN: %expect %s
# A project router's routes run on the invoke path (trial 27, F01), but
# what they may write still counts: a hook `@before_request` registers
# writes the environment; a route registered by a plain call, with a
# function hoist cannot see, may write anything. No safe fix.
import os
import json

import boto3

s3 = boto3.client("s3")
sqs = boto3.client("sqs")


class Router:
    def __init__(self):
        self.routes = {}
        self.before = []

    def before_request(self, fn):
        self.before.append(fn)
        return fn

    def get(self, path):
        def register(fn):
            self.routes[("GET", path)] = fn
            return fn

        return register

    def resolve(self, event):
        for hook in self.before:
            hook(event)
        route = self.routes.get((event.get("method", "GET"), event.get("path", "/items")))
        return route(event) if route else {"status": 404}


app = Router()


@app.before_request
def tenant_region(event):
    os.environ["AWS_DEFAULT_REGION"] = event.get("region", "eu-west-1")


@app.get("/items")
def list_items(event):
    # expect: client-in-handler
    return {"region": s3.meta.region_name}


def handler(event, context):
    return app.resolve(event)


class Bus:
    def __init__(self):
        self.handlers = {}

    def on(self, kind):
        def register(fn):
            self.handlers[kind] = fn
            return fn

        return register

    def publish(self, event):
        return self.handlers[event.get("kind", "order")](event)


bus = Bus()
bus.on("dump")(json.dumps)


@bus.on("order")
def on_order(event):
    # expect: client-in-handler
    return {"region": sqs.meta.region_name}


def bus_handler(event, context):
    return bus.publish(event)
