# Clients built from credentials minted in this invocation are per-invocation
# by nature: not reported.
# RUN: %expect %s
import boto3

sts = boto3.client("sts")


def handler(event, context):
    creds = sts.assume_role(RoleArn=event["role"], RoleSessionName="x")["Credentials"]
    # ok: client-in-handler
    s3 = boto3.client(
        "s3",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )
    return s3


def assumed_session(role):
    creds = sts.assume_role(RoleArn=role, RoleSessionName="x")["Credentials"]
    # ok: client-in-handler
    return boto3.Session(
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )


def tenant_handler(event, context):
    session = assumed_session(event["role"])
    # Built from a session holding this invocation's credentials.
    # ok: client-in-handler
    return session.client("s3").list_buckets()
