import boto3
from corp.aws import make_client
from tenant import tenant_client


def entry(event, context):
    # expect: client-in-handler
    s3 = make_client("s3")
    # expect: client-in-handler
    creds = boto3.client("sts").assume_role(RoleArn=event["role"], RoleSessionName="x")
    # report-minted-credentials is on, so this is reported too.
    # expect: client-in-handler[not-hoistable]
    scoped = boto3.client("s3", aws_session_token=creds["Credentials"]["SessionToken"])
    return s3, scoped, tenant_client()


def lambda_handler(payload, meta):
    # Not a handler here: handler-patterns names only 'entry'.
    # ok: client-in-handler
    return boto3.client("s3")
