# boto3.DEFAULT_SESSION is None until boto3 first needs its default session:
# a client built from it is per-invocation work, but moved to module scope it
# could fail INIT, so its fix is unsafe.
# RUN: %expect %s
import boto3

s3 = boto3.DEFAULT_SESSION.client("s3")
ddb = boto3.DEFAULT_SESSION.resource("dynamodb")


def handler(event, context):
    boto3.setup_default_session(region_name="eu-west-1")
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def table_handler(event, context):
    # expect: client-in-handler[hoistable]
    return ddb.meta.client.meta.region_name
