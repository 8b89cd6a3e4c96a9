# RUN: %expect %s
# A factory's result used where the call is, not bound to a local first
# ('get_table().put_item(...)', 'len(s3().list_buckets()[...])',
# 'Clients().kinesis().meta.region_name'), is judged as it is in a local:
# API calls and reads keep the safe fix (trial 25: F01, F02, M01, M06, M08,
# S07). Moved, the object is what every call of the factory returns, so
# changing it there ('get_s3().meta.events.register(...)'), through a
# function that returns it on, or through another call of the same factory
# gets no safe fix.
import boto3

CALLS = []
dynamodb_resource = boto3.resource("dynamodb")
s3_client = boto3.client("s3")
kinesis_client = boto3.client("kinesis", region_name="us-east-2")


def count_call(**kwargs):
    CALLS.append(1)


def signed_hooks(client):
    before = len(CALLS)
    client.generate_presigned_url(
        "get_object", Params={"Bucket": "b", "Key": "k"})
    return len(CALLS) - before


def get_table():
    # expect: client-in-handler[hoistable]
    return dynamodb_resource.Table("orders")


def table_handler(event, context):
    return {"table": get_table().name, "n": event.get("n")}


def make_s3():
    # expect: client-in-handler[hoistable]
    return s3_client


def nested_read_handler(event, context):
    return {"paginates": str(make_s3().can_paginate("list_objects_v2"))}


class Clients:
    def kinesis(self):
        # expect: client-in-handler[hoistable]
        return kinesis_client


def method_result_handler(event, context):
    return {"region": Clients().kinesis().meta.region_name}


def hooked_s3():
    # expect: client-in-handler
    return boto3.client("s3", region_name="eu-west-1")


def hooks_inline_handler(event, context):
    hooked_s3().meta.events.register("before-sign.s3", count_call)
    return {"hooks": signed_hooks(hooked_s3())}


def sqs():
    # expect: client-in-handler
    return boto3.client("sqs", region_name="eu-west-1")


def passed_on():
    return sqs()


def returned_on_handler(event, context):
    passed_on().meta.events.register("before-call.*", count_call)
    return {}


def ddb():
    # expect: client-in-handler
    return boto3.client("dynamodb", region_name="eu-west-1")


def configure_hooks():
    client = ddb()
    client.meta.events.register("before-call.*", count_call)


def other_call_handler(event, context):
    configure_hooks()
    return {"region": ddb().meta.region_name}
