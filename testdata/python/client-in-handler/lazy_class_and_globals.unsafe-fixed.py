# RUN: %expect %s
# Clients built once per execution environment and kept: in a class
# attribute a classmethod fills when it is None, and in a global a function
# fills when globals() does not hold it yet. Neither is built on every
# invocation (trial 12 O1). A local of the same name in another function is.
import boto3

s3_client = boto3.client("s3")


class Repository:
    _client = None

    @classmethod
    def client(cls):
        if cls._client is None:
            # ok: client-in-handler
            cls._client = boto3.client("s3")
        return cls._client


def get_queue():
    global queue
    if "queue" not in globals():
        # ok: client-in-handler
        queue = boto3.client("sqs")
    return queue


def upload(event, context):
    # expect: client-in-handler[hoistable]
    queue = s3_client
    return queue.meta.service_model.service_name


def handler(event, context):
    return [Repository.client().meta.region_name,
            get_queue().meta.service_model.service_name,
            upload(event, context)]
