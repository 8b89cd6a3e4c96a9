# RUN: %expect %s
# A processor that calls the record handler it is given (`handler(r)`) runs
# the project functions its callers on the invoke path give it, which hoist
# looks into as reached: the call is no code it cannot resolve (trial 27,
# F03). What those functions write still counts; a function given that
# hoist cannot see (one looked up in a table) may write anything.
import os

import boto3

sqs = boto3.client("sqs")
sns = boto3.client("sns")
sts = boto3.client("sts")


class BatchProcessor:
    def process(self, records, record_handler):
        return [record_handler(r) for r in records]


processor = BatchProcessor()


def record_handler(record):
    # expect: client-in-handler[hoistable]
    return [record.get("n"), sqs.meta.region_name]


def handler(event, context):
    return {"results": processor.process(event.get("Records", [{}]), record_handler)}


def tenant_record(record):
    os.environ["AWS_DEFAULT_REGION"] = record.get("region", "eu-west-1")
    return record.get("n")


def tenant_handler(event, context):
    results = processor.process(event.get("Records", [{}]), tenant_record)
    # expect: client-in-handler
    return {"results": results, "region": sns.meta.region_name}


STEPS = {"count": len, "keys": sorted}


def table_handler(event, context):
    step = STEPS.get(event.get("step", "count"))
    results = processor.process(event.get("Records", [{}]), step)
    # expect: client-in-handler
    return {"results": results, "region": sts.meta.region_name}
