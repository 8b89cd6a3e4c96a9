# `boto3.Session()` and `boto3.session.Session()` are one API spelled two
# ways (boto3 imports the class from its session module): equal calls share
# one module-level object, in one function or in two (fresh26:
# serverless-patterns, eventbridge-bedrock-s3-aoss).
# RUN: %expect %s
import boto3


def on_event(event, context):
    signing = (
        # expect: client-in-handler
        boto3.Session().get_credentials().method,
        # expect: client-in-handler
        boto3.session.Session().region_name,
    )
    return list(signing)


def get_region(event, context):
    # expect: client-in-handler
    session = boto3.session.Session()
    return session.region_name


def get_profile(event, context):
    # expect: client-in-handler
    session = boto3.Session()
    return session.profile_name


def get_other_region(event, context):
    # expect: client-in-handler
    session = boto3.Session(region_name="eu-west-1")
    return session.region_name
