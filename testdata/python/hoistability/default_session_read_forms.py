# RUN: %expect %s
# A handler that reads boto3's default session (a cold-start flag) sees it
# made by the first client it builds: moved to INIT, the client makes it
# before the first invocation looks. Read through the module's namespace
# (`boto3.__dict__[...]`, `vars(boto3)[...]`) or imported by name in the
# function, which reads it then (Python trial 35, F): no safe fix.
import boto3


def dunder_dict_handler(event, context):
    cold = boto3.__dict__["DEFAULT_SESSION"] is None
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return {"cold": cold, "region": sqs.meta.region_name}


def vars_handler(event, context):
    cold = vars(boto3)["DEFAULT_SESSION"] is None
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return {"cold": cold, "region": sns.meta.region_name}


def imported_handler(event, context):
    from boto3 import DEFAULT_SESSION

    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb")
    return {"cold": DEFAULT_SESSION is None, "region": ddb.meta.region_name}
