import boto3

from tracing import Tracer

TRACER = Tracer()


def handler(event, context):
    # expect: client-in-handler[hoistable]
    dynamodb = boto3.client("dynamodb", region_name="us-east-1")
    TRACER.patch(dynamodb)
    return dynamodb.meta.region_name
