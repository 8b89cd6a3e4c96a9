import sys

import boto3

import app


def configure(module):
    module.ddb = boto3.client("dynamodb", region_name="eu-west-3")


configure(app)
sys.modules["app"].ddb = boto3.client("dynamodb", region_name="eu-west-2")


def handler(event, context):
    return app.process(event)
