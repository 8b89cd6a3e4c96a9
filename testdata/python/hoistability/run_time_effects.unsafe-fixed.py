# RUN: %expect %s
# What makes a move unsafe may sit where the construction is not: module
# code below it that configures the session the client copies its hooks
# from (the client goes after it), a caller that configures what a factory
# returns (no fix), a service name read at run time inside a 'try' (it may
# be one the SDK does not know), a wrapper applied by assignment that
# answers errors (unsafe).
import os

import boto3

AUDIT = []
SESSION = boto3.Session()
client = boto3.client(os.environ.get("SERVICE", "s3"))
s3_client_2 = boto3.client("s3", endpoint_url=os.environ.get("S3_ENDPOINT"))


def session_handler(event, context):
    del AUDIT[:]
    # expect: client-in-handler[hoistable]
    s3 = s3_client
    s3.generate_presigned_url("list_buckets")
    return len(AUDIT)


def make_sqs():
    # expect: client-in-handler[hoistable]
    client = boto3.client("sqs")
    return client


def factory_handler(event, context):
    sqs = make_sqs()
    del AUDIT[:]
    sqs.meta.events.register("provide-client-params.sqs.*", lambda **kwargs: AUDIT.append(1))
    sqs.generate_presigned_url("list_queues")
    return len(AUDIT)


def service_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        pass
    except Exception as error:
        return {"error": type(error).__name__}
    return {"service": client.meta.service_model.service_name}


def catch_errors(function):
    def wrapper(event, context):
        try:
            return function(event, context)
        except Exception as error:
            return {"statusCode": 500, "error": type(error).__name__}

    return wrapper


def wrapped_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = s3_client_2
    return s3.meta.endpoint_url


SESSION.events.register("provide-client-params.s3.*", lambda **kwargs: AUDIT.append(1))
s3_client = SESSION.client("s3")
wrapped_handler = catch_errors(wrapped_handler)
