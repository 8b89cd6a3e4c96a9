# RUN: %expect %s
# A construction reads the environment when it runs: where the invoke path
# changes it (the handler, a helper, a decorator's wrapper), a client built
# at INIT would read it before the change. No safe fix.
import functools
import os

import boto3


def sets_item_handler(event, context):
    os.environ["AWS_DEFAULT_REGION"] = "eu-west-3"
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def update_handler(event, context):
    os.environ.update({"AWS_DEFAULT_REGION": "eu-west-3"})
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def profile_handler(event, context):
    os.environ.setdefault("AWS_PROFILE", "reports")
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def deleting_handler(event, context):
    os.environ["AWS_REGION"] = "eu-west-3"
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    region = s3.meta.region_name
    del os.environ["AWS_REGION"]
    return region


def putenv_handler(event, context):
    os.putenv("AWS_REGION", "eu-west-3")
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def set_up_session():
    boto3.setup_default_session(region_name="eu-west-3")


def session_handler(event, context):
    set_up_session()
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def in_region(function):
    @functools.wraps(function)
    def wrapper(event, context):
        os.environ["AWS_DEFAULT_REGION"] = "eu-west-3"
        return function(event, context)

    return wrapper


@in_region
def decorated_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def unrelated_handler(event, context):
    # A variable no library reads and the construction does not name.
    os.environ["GREETING"] = "hello"
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name
