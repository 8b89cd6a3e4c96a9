# RUN: %expect %s
# Flask's flask.cli.load_dotenv() loads '.env' and '.flaskenv' into
# os.environ, and Starlette's starlette.config.environ is a mapping over
# os.environ: harmless libraries otherwise, these write the environment a
# client built after them reads (Python trial 35, A). At module level the
# hoist goes after the call; on the invoke path, there is no safe fix.
import os

import boto3
from flask import cli
from flask.cli import load_dotenv
from starlette.config import environ

DEFAULT_REGION = "us-east-1"
load_dotenv()
s3 = boto3.client("s3", region_name=os.environ.get("BUCKET_REGION", DEFAULT_REGION))
ddb = boto3.client("dynamodb", region_name=os.environ.get("TABLE_REGION", "us-east-1"))
sqs = boto3.client("sqs")
sns = boto3.client("sns")
queues = boto3.client("sqs", region_name=os.environ.get("QUEUE_REGION"))


def module_level_handler(event, context):
    # expect: client-in-handler[hoistable]
    return {"region": s3.meta.region_name}


def create_app():
    load_dotenv()
    return {"name": "app"}


def app_handler(event, context):
    app = create_app()
    # expect: client-in-handler[hoistable]
    return {"app": app["name"], "region": ddb.meta.region_name}


def module_attribute_handler(event, context):
    cli.load_dotenv("config/prod.env")
    # expect: client-in-handler[hoistable]
    return {"region": sqs.meta.region_name}


def starlette_handler(event, context):
    environ["AWS_DEFAULT_REGION"] = event.get("region", "us-east-1")
    # expect: client-in-handler[hoistable]
    return {"region": sns.meta.region_name}


def starlette_update_handler(event, context):
    environ.update(QUEUE_REGION=event.get("region", "us-east-1"))
    # expect: client-in-handler[hoistable]
    return {"region": queues.meta.region_name}
