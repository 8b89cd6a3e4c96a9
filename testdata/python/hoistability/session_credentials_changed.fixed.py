# RUN: %expect %s
# A session's get_credentials() returns the session's own Credentials,
# which its clients sign with: an attribute set on them, here or in a
# helper they are given, changes the session. No safe fix. Credentials
# only read (a getter of them, `get_frozen_credentials()`), their strings
# given to a library or the object given to a signer, change nothing.
import logging

import boto3
from botocore.auth import SigV4Auth

logger = logging.getLogger(__name__)
session = boto3.Session(region_name="us-east-1")
sns = session.client("sns")
kinesis = session.client("kinesis")


def redact(credentials):
    credentials.secret_key = "***"
    return credentials


def redacting_handler(event, context):
    # expect: client-in-handler[hoistable]
    session = boto3.Session(region_name="us-east-1")
    creds = session.get_credentials()
    fresh = creds is not None and creds.secret_key != "***"
    if creds is not None:
        creds.secret_key = "***"
        logger.info("credentials: %s", vars(creds))
    # expect: client-in-handler[hoistable]
    s3 = session.client("s3")
    return {"fresh": fresh, "region": s3.meta.region_name}


def helper_handler(event, context):
    # expect: client-in-handler[hoistable]
    session = boto3.Session(region_name="us-east-1")
    if session.get_credentials() is not None:
        redact(session.get_credentials())
    # expect: client-in-handler[hoistable]
    sqs = session.client("sqs")
    return sqs.meta.region_name


def reading_handler(event, context):
    # expect: client-in-handler[hoistable]
    creds = session.get_credentials()
    # expect: client-in-handler[hoistable]
    return {"has_key": creds is not None and bool(creds.access_key),
            "region": sns.meta.region_name}


def signing_handler(event, context):
    # expect: client-in-handler[hoistable]
    credentials = session.get_credentials()
    signer = SigV4Auth(credentials, "es", "us-east-1")
    return {"region": signer._region_name,
            "has_token": credentials is not None and credentials.token is None}


def frozen_handler(event, context):
    # expect: client-in-handler[hoistable]
    frozen = session.get_credentials().get_frozen_credentials()
    # expect: client-in-handler[hoistable]
    return {"has_key": bool(frozen.access_key), "region": kinesis.meta.region_name}
