# RUN: %expect %s
# A processor that calls the record handler it is given runs the project
# function its caller gives it: one that writes the environment the client
# reads makes the move unsafe (trial 27, F03; the safe case is
# called_parameter_given_functions.py).
import os

import boto3


class BatchProcessor:
    def process(self, records, record_handler):
        return [record_handler(r) for r in records]


processor = BatchProcessor()


def tenant_record(record):
    os.environ["AWS_DEFAULT_REGION"] = record.get("region", "eu-west-1")
    return record.get("n")


def tenant_handler(event, context):
    results = processor.process(event.get("Records", [{}]), tenant_record)
    # expect: client-in-handler
    sns = boto3.client("sns")
    return {"results": results, "region": sns.meta.region_name}
