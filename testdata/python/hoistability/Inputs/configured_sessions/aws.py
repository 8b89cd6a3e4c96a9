import boto3
import botocore.session


def make_session():
    return boto3.Session(region_name="us-east-1")


def get_core():
    return botocore.session.get_session()


SESSION = boto3.Session(region_name="us-east-1")
MADE = make_session()
CORE = get_core()
UNTOUCHED = boto3.Session(region_name="us-east-1")
