# RUN: %expect %s
# A branch whose test is always false ('if False:', 'if 0:', 'while False:',
# 'if TYPE_CHECKING:', the 'else' of 'if True:') never runs: nothing there
# is built per invocation, and hoisting it would build at INIT what no
# invocation built. Nor does a helper called only there run.
from typing import TYPE_CHECKING

import boto3

logs = boto3.client("logs")


def debug_identity():
    # ok: client-in-handler
    sts = boto3.client("sts")
    return sts.get_caller_identity()


def handler(event, context):
    if False:
        # ok: client-in-handler
        debug_client = boto3.client("sts")
        print(debug_client.get_caller_identity())
        debug_identity()
    if 0:
        # ok: client-in-handler
        boto3.client("iam")
    while False:
        # ok: client-in-handler
        boto3.client("kms")
    if TYPE_CHECKING:
        # ok: client-in-handler
        sqs = boto3.client("sqs")
        sqs.list_queues()
    if not True:
        # ok: client-in-handler
        boto3.client("sns")
    # Zero however it is spelled: a base prefix, an exponent, imaginary.
    if 0x0 or 0b00 or 0.0e5 or 0j or 0_0.0:
        # ok: client-in-handler
        boto3.client("sns")
    if not 1e-3:
        # ok: client-in-handler
        boto3.client("sns")
    if True:
        # expect: client-in-handler[hoistable]
        pass
    else:
        # ok: client-in-handler
        boto3.client("ses")
    return {"region": logs.meta.region_name}


def unused_client_handler(event, context):
    if False:
        # ok: client-in-handler
        s3 = boto3.client("s3")
    try:
        return {"region": s3.meta.region_name}
    except NameError as error:
        return {"error": type(error).__name__}
