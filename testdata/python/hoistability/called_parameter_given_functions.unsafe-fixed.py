# RUN: %expect %s
# A processor that calls the record handler it is given (`handler(r)`) runs
# the project functions its callers on the invoke path give it, which hoist
# looks into as reached: the call is no code it cannot resolve (trial 27,
# F03). A function given that hoist cannot see (one looked up in a table)
# may write anything. What the functions given write still counts
# (called_parameter_given_writer.py).
import boto3

sqs = boto3.client("sqs")
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


STEPS = {"count": len, "keys": sorted}


def table_handler(event, context):
    step = STEPS.get(event.get("step", "count"))
    results = processor.process(event.get("Records", [{}]), step)
    # expect: client-in-handler
    return {"results": results, "region": sts.meta.region_name}
