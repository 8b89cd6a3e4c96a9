# RUN: %expect %s
import boto3
import botocore.session

# Built at INIT: the session itself is fine here...
shared = boto3.Session()
s3 = shared.client("s3")
sqs = shared.resource("sqs")
local = boto3.Session()
ddb = local.client("dynamodb")
chained = boto3.Session(profile_name="x").client("kms")
core = botocore.session.get_session()
sts = core.create_client("sts")


def handler(event, context):
    # ...but each client it makes is built again on every invocation.
    # expect: client-in-handler
    # expect: client-in-handler
    # expect: client-in-handler
    # expect: client-in-handler
    # One expression, one finding: the client, whose fix moves the session too.
    # expect: client-in-handler
    # expect: client-in-handler
    # expect: client-in-handler
    # ok: client-in-handler
    not_a_session = event.get("session")
    # ok: client-in-handler
    not_a_session.client("s3")
    return [s3, sqs, ddb, chained, sts]
