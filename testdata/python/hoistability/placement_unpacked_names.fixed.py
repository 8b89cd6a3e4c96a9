# RUN: %expect %s
# Module-level names bound once at INIT by an unpacking of values written
# out (`A, B = x, "y"`, `P, *Q = [x, y]`) or by a loop over values written
# out (it runs at least once, and leaves one of them) hold what a plain
# assignment would: a construction that reads them moves to module scope,
# after the statement that binds them, wherever it is. Names unpacked from
# a value hoist cannot see into, or bound by a loop that may not run, are
# not moved.
import os

import boto3

REGION, STAGE = os.environ.get("DATA_REGION", "us-east-1"), "prod"
s3 = boto3.client("s3", region_name=REGION)
for LOOP_REGION in ["", "eu-west-2"]:
    if LOOP_REGION:
        break
SPLIT_REGION, SPLIT_STAGE = os.environ.get("PAIR", "eu-west-1,prod").split(",")
sns = boto3.client("sns", region_name=LOOP_REGION)
for NEVER in []:
    pass


def tuple_handler(event, context):
    # expect: client-in-handler[hoistable]
    return [s3.meta.region_name, STAGE]


def loop_handler(event, context):
    # expect: client-in-handler[hoistable]
    return sns.meta.region_name


def starred_handler(event, context):
    # expect: client-in-handler[hoistable]
    return [ssm.meta.region_name, FALLBACKS]


def later_loop_handler(event, context):
    # expect: client-in-handler[hoistable]
    return kinesis.meta.region_name


def split_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=SPLIT_REGION)
    return sqs.meta.region_name


def never_handler(event, context):
    if event.get("never"):
        # expect: client-in-handler[not-hoistable]
        kms = boto3.client("kms", region_name=NEVER)
        return kms.meta.region_name
    return None


PRIMARY, *FALLBACKS = ["eu-west-1", "us-east-1"]
ssm = boto3.client("ssm", region_name=PRIMARY)
for LATER in ("sa-east-1",):
    pass

kinesis = boto3.client("kinesis", region_name=LATER)
