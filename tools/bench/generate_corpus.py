"""Generates corpus B: a Lambda-heavy repository of N functions (default 5,000).
Each function directory holds its handler module, a service module the
handler imports, a models module and a unit test, as real functions do; 50
shared helper modules sit beside them. Clients are built at module scope, in
handlers, in the service and behind helpers. A SAM template names every
function. Deterministic for a given seed.

usage: generate_corpus.py OUT_DIR [--functions N] [--seed S]
"""
import argparse
import os
import random

SERVICES = ["s3", "sqs", "sns", "dynamodb", "kms", "events", "kinesis", "ssm"]

HANDLER = '''"""Function {n}: {what}."""
import json
import os

import boto3
{imports}

TABLE = os.environ.get("TABLE", "table-{n}")
{module_client}


def validate(payload):
    if "id" not in payload:
        raise ValueError("missing id")
    return payload


def lambda_handler(event, context):
    payload = validate(json.loads(event.get("body") or "{{}}"))
{body}
    return {{"statusCode": 200, "body": json.dumps({{"id": payload["id"], "fn": {n}}})}}
'''

HELPER = '''"""Shared helpers, group {g}."""
import os

import boto3
import requests

_cache = {{}}


def client(service):
    if service not in _cache:
        _cache[service] = boto3.client(service)
    return _cache[service]


def fresh_client(service):
    return boto3.client(service, region_name=os.environ.get("AWS_REGION"))


def notify(url, message):
    session = requests.Session()
    return session.post(url, json={{"message": message}}, timeout=3)


def transform_{g}(items):
    return [{{"key": item["id"], "value": item.get("value", 0) * {g}}} for item in items]
'''


SERVICE = '''"""Business logic of function {n}."""
import os

import boto3

from models import Order{n}


def load(order_id):
    {client_line}
    return Order{n}(id=order_id, total=0)


def total(items):
    return sum(item.get("price", 0) * item.get("qty", 1) for item in items)
'''

MODELS = '''"""Data of function {n}."""
from dataclasses import dataclass, field


@dataclass
class Order{n}:
    id: str
    total: int
    items: list = field(default_factory=list)

    def add(self, item):
        self.items.append(item)
        self.total += item.get("price", 0)


@dataclass
class Customer{n}:
    id: str
    email: str
'''

TEST = '''"""Unit tests of function {n}."""
import json

from app import lambda_handler


class FakeContext:
    aws_request_id = "test"


def test_returns_the_id():
    event = {{"body": json.dumps({{"id": "a"}})}}
    response = lambda_handler(event, FakeContext())
    assert json.loads(response["body"])["id"] == "a"


def test_rejects_a_missing_id():
    try:
        lambda_handler({{"body": "{{}}"}}, FakeContext())
    except ValueError:
        return
    raise AssertionError("expected ValueError")
'''


def handler_module(n, rng):
    group = n % 50
    service = rng.choice(SERVICES)
    kind = n % 4
    imports, body, module_client = [], [], ""
    if kind == 0:  # a client built per invocation, in the handler
        body.append(f'    client = boto3.client("{service}")')
        body.append(f'    client.meta.region_name')
        what = "client in the handler"
    elif kind == 1:  # built once, at module scope
        module_client = f'CLIENT = boto3.client("{service}")'
        body.append("    CLIENT.meta.region_name")
        what = "client at module scope"
    elif kind == 2:  # per invocation, through a shared helper
        imports.append(f"from common import helpers_{group} as helpers")
        body.append(f'    helpers.fresh_client("{service}")')
        body.append('    helpers.notify(os.environ["HOOK"], payload["id"])')
        what = "client through a helper"
    else:  # cached in the helper
        imports.append(f"from common import helpers_{group} as helpers")
        body.append(f'    helpers.client("{service}")')
        body.append(f"    helpers.transform_{group}(payload.get('items', []))")
        what = "cached client"
    body.append('    order = service.load(payload["id"])')
    imports.append("import service")
    for i in range(rng.randint(0, 6)):
        body.append(f"    step_{i} = payload.get('step_{i}', {i})")
    return HANDLER.format(n=n, what=what, imports="\n".join(imports),
                          module_client=module_client, body="\n".join(body))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--functions", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    common = os.path.join(args.out, "common")
    os.makedirs(common, exist_ok=True)
    open(os.path.join(common, "__init__.py"), "w").close()
    for g in range(50):
        with open(os.path.join(common, f"helpers_{g}.py"), "w") as f:
            f.write(HELPER.format(g=g))
    resources = []
    for n in range(args.functions):
        directory = os.path.join(args.out, "functions", f"fn_{n:04d}")
        os.makedirs(directory, exist_ok=True)
        with open(os.path.join(directory, "app.py"), "w") as f:
            f.write(handler_module(n, rng))
        client_line = (f'boto3.client("dynamodb").get_item(TableName=os.environ["TABLE"], Key={{}})'
                       if n % 3 == 0 else "pass")
        with open(os.path.join(directory, "service.py"), "w") as f:
            f.write(SERVICE.format(n=n, client_line=client_line))
        with open(os.path.join(directory, "models.py"), "w") as f:
            f.write(MODELS.format(n=n))
        os.makedirs(os.path.join(directory, "tests"), exist_ok=True)
        with open(os.path.join(directory, "tests", "test_app.py"), "w") as f:
            f.write(TEST.format(n=n))
        resources.append(f"""  Fn{n:04d}:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: functions/fn_{n:04d}/
      Handler: app.lambda_handler
""")
    with open(os.path.join(args.out, "template.yaml"), "w") as f:
        f.write('AWSTemplateFormatVersion: "2010-09-09"\n'
                "Transform: AWS::Serverless-2016-10-31\n"
                "Globals:\n  Function:\n    Runtime: python3.12\n"
                "Resources:\n" + "".join(resources))


if __name__ == "__main__":
    main()
