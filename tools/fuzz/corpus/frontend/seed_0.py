# RUN: %expect %s
import boto3 as b3
from boto3 import client as make_client
from boto3 import resource
from boto3.session import Session
import botocore.session
import aioboto3


def handler(event, context):
    # expect: client-in-handler
    a = b3.client("s3")
    # expect: client-in-handler
    b = make_client("sqs")
    # expect: client-in-handler
    c = resource("s3")
    # expect: client-in-handler
    d = Session()
    # expect: client-in-handler
    e = botocore.session.get_session()
    # expect: client-in-handler
    f = aioboto3.Session()
    return [a, b, c, d, e, f]


from boto3 import *


def wildcard_handler(event, context):
    # expect: client-in-handler
    a = client("s3")
    # ok: client-in-handler
    b = unrelated("s3")
    return a, b
