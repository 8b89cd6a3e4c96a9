# RUN: %expect %s
# A route that makes a new instance each time it runs: what the instance
# keeps lazily on `self` is built again for each request it serves, also
# when the handler is the framework's object and the walk starts from the
# routes (`handler = Mangum(app)`).
import boto3
from fastapi import FastAPI
from mangum import Mangum

app = FastAPI()


class Catalog:
    def __init__(self):
        self._table = None

    @property
    def table(self):
        if self._table is None:
            # expect: client-in-handler
            self._table = boto3.resource("dynamodb").Table("items")
        return self._table


CATALOG = Catalog()


@app.get("/items")
def items():
    return {"name": Catalog().table.name}


@app.get("/kept")
def kept():
    return {"name": CATALOG.table.name}


handler = Mangum(app)
