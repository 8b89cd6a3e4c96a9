# RUN: %expect %s
# A project router: `@app.get("/items")`, a method of a module-level
# instance used as a decorator factory, stores the function in
# `self.routes`; `app.resolve(event)` calls an item of it, and the hooks
# `@app.before_request` stores, in a loop (trial 27, F01). The functions
# registered run on the invoke path, each for the events its route
# matches; the container holds only them, so the calls run code hoist
# looks into.
import logging

import boto3

logger = logging.getLogger(__name__)


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
def log_path(event):
    logger.info("path %s", event.get("path"))


@app.get("/items")
def list_items(event):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name, "path": event.get("path", "/items")}


def handler(event, context):
    return app.resolve(event)
