# `boto3.Session()` and `boto3.session.Session()` are one API spelled two
# ways (boto3 imports the class from its session module): equal calls share
# one module-level object, in one function or in two (fresh26:
# serverless-patterns, eventbridge-bedrock-s3-aoss).
# RUN: %expect %s
import boto3

session = boto3.Session()
eu_west_1_session = boto3.Session(region_name="eu-west-1")


def on_event(event, context):
    signing = (
        # expect: client-in-handler
        session.get_credentials().method,
        # expect: client-in-handler
        session.region_name,
    )
    return list(signing)


def get_region(event, context):
    # expect: client-in-handler
    return session.region_name


def get_profile(event, context):
    # expect: client-in-handler
    return session.profile_name


def get_other_region(event, context):
    # expect: client-in-handler
    session = eu_west_1_session
    return session.region_name
