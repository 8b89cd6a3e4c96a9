# RUN: %expect %s
# The environment written through what holds it rather than through
# os.environ's own methods: its store ('os.environ._data[...]', also
# through a helper's local) and the 'os' module's dictionary
# ('os.__dict__["environ"][...]'). os.environ reads that store, so a client
# built after the write reads what it wrote: no safe fix (Python trial 23:
# E02, E02a, E02c, E02d; environment_private_store.test runs the unsafe
# fixes, which answer us-west-2 where the original followed the event). A
# handler that only counts the store keeps the safe fix.
import os

import boto3

ses = boto3.client("ses", region_name="eu-west-1")


def store_handler(event, context):
    os.environ._data[os.environ.encodekey("STORE_REGION")] = (
        os.environ.encodevalue(event.get("region", "us-west-2")))
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=os.environ.get("STORE_REGION", "us-west-2"))
    return s3.meta.region_name


def set_variable(name, value):
    store = os.environ._data
    store[os.environ.encodekey(name)] = os.environ.encodevalue(value)


def store_helper_handler(event, context):
    set_variable("HELPER_REGION", event.get("region", "us-west-2"))
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name=os.environ.get("HELPER_REGION", "us-west-2"))
    return sqs.meta.region_name


def module_dict_handler(event, context):
    os.__dict__["environ"]["DICT_REGION"] = event.get("region", "us-west-2")
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name=os.environ.get("DICT_REGION", "us-west-2"))
    return sns.meta.region_name


def counting_handler(event, context):
    variables = len(os.environ._data)
    # expect: client-in-handler[hoistable]
    return {"region": ses.meta.region_name, "counted": variables > 0}
