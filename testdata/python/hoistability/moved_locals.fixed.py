# RUN: %expect %s
# The locals a construction needs move with it when they are hoistable
# themselves (environment reads with their defaults, an import in the
# function); an environment read on one branch only stays where it is.
import os

import boto3

region = os.getenv("TABLE_REGION", "us-east-1")
dynamodb = boto3.resource("dynamodb", region_name=region)
import boto3 as aws
sqs = aws.client("sqs")


def handler(event, context):
    table_name = os.environ.get("TABLE_NAME", "orders")
    # expect: client-in-handler[hoistable]
    return dynamodb.Table(table_name).name


def importing_handler(event, context):
    import boto3 as aws

    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name


def branch_handler(event, context):
    if event.get("kind") == "archive":
        url = os.environ["ARCHIVE_URL"]
        # expect: client-in-handler[hoistable]
        s3 = boto3.client("s3", endpoint_url=url)
        return s3.meta.region_name
    return "none"
