# RUN: %expect %s
import boto3 as b3
from boto3 import client as make_client
from boto3 import resource
from boto3.session import Session
import botocore.session
import aioboto3


def handler(event, context):
    # expect: client-in-handler
    a = s3_client
    # expect: client-in-handler
    b = sqs_client
    # expect: client-in-handler
    # expect: client-in-handler
    # expect: client-in-handler
    # expect: client-in-handler
    f = aioboto3.Session()
    return [a, b, c, d, e, f]


from boto3 import *

s3_client = b3.client("s3")
sqs_client = make_client("sqs")
c = resource("s3")
d = Session()
e = botocore.session.get_session()


def wildcard_handler(event, context):
    # expect: client-in-handler
    a = client("s3")
    # ok: client-in-handler
    b = unrelated("s3")
    return a, b
