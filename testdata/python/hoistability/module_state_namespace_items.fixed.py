# RUN: %expect %s
# Module state changed through an item taken out of a namespace mapping: an
# item of `globals()["OPTS"]`, a method of `globals().get("OPTS")`, an item of
# `vars(Settings)["opts"]`. Each changes what the construction reads on the
# invocation that runs it: no fix. Reading an item of `globals()` changes
# nothing: safe.
import boto3

OPTS = {"region_name": "us-east-1"}
UPDATED = {"region_name": "us-east-1"}
READ = {"region_name": "us-east-1"}
sns = boto3.client("sns", **READ)


class Settings:
    opts = {"region_name": "us-east-1"}


def configure(event):
    globals()["OPTS"]["region_name"] = event.get("region", "us-east-1")


def item_set_handler(event, context):
    configure(event)
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", **OPTS)
    return s3.meta.region_name


def get_update_handler(event, context):
    globals().get("UPDATED").update(region_name=event.get("region", "us-east-1"))
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", **UPDATED)
    return sqs.meta.region_name


def class_dict_handler(event, context):
    vars(Settings)["opts"]["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    ddb = boto3.client("dynamodb", **Settings.opts)
    return ddb.meta.region_name


def reading_handler(event, context):
    region = globals()["READ"]["region_name"]
    # expect: client-in-handler[hoistable]
    return [sns.meta.region_name, region]
