# RUN: %expect %s
import boto3
import botocore.session

# Built at INIT: the session itself is fine here...
shared = boto3.Session()


def handler(event, context):
    # ...but each client it makes is built again on every invocation.
    # expect: client-in-handler
    s3 = shared.client("s3")
    # expect: client-in-handler
    sqs = shared.resource("sqs")
    # expect: client-in-handler
    local = boto3.Session()
    # expect: client-in-handler
    ddb = local.client("dynamodb")
    # One expression, one finding: the client, whose fix moves the session too.
    # expect: client-in-handler
    chained = boto3.Session(profile_name="x").client("kms")
    # expect: client-in-handler
    core = botocore.session.get_session()
    # expect: client-in-handler
    sts = core.create_client("sts")
    # ok: client-in-handler
    not_a_session = event.get("session")
    # ok: client-in-handler
    not_a_session.client("s3")
    return [s3, sqs, ddb, chained, sts]
