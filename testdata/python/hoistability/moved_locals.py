# RUN: %expect %s
# The locals a construction needs move with it when they are hoistable
# themselves (environment reads with their defaults, an import in the
# function); an environment read on one branch only stays where it is.
import os

import boto3


def handler(event, context):
    table_name = os.environ.get("TABLE_NAME", "orders")
    region = os.getenv("TABLE_REGION", "us-east-1")
    # expect: client-in-handler[hoistable]
    dynamodb = boto3.resource("dynamodb", region_name=region)
    return dynamodb.Table(table_name).name


def importing_handler(event, context):
    import boto3 as aws

    # expect: client-in-handler[hoistable]
    sqs = aws.client("sqs")
    return sqs.meta.region_name


def branch_handler(event, context):
    if event.get("kind") == "archive":
        url = os.environ["ARCHIVE_URL"]
        # expect: client-in-handler[hoistable]
        s3 = boto3.client("s3", endpoint_url=url)
        return s3.meta.region_name
    return "none"
