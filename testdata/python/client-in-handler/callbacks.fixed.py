# Functions a handler passes to a call run on its invocation: Powertools'
# batch processing calls the record handler once per record, a thread pool
# runs what it maps. Memoized ones and those given to lazily kept state do not.
# RUN: %expect %s --handler callbacks.lambda_handler
import functools
from concurrent.futures import ThreadPoolExecutor

import boto3
from aws_lambda_powertools.utilities.batch import (
    BatchProcessor,
    EventType,
    process_partial_response,
)

processor = BatchProcessor(event_type=EventType.SQS)
_translator = None
dynamodb_resource = boto3.resource("dynamodb")
s3 = boto3.client("s3")


def record_handler(record):
    # expect: client-in-handler
    table = dynamodb_resource.Table("orders")
    table.put_item(Item=record.json_body)


def archive(key):
    # expect: client-in-handler
    s3.copy_object(Bucket="archive", Key=key, CopySource={"Bucket": "inbox", "Key": key})


@functools.lru_cache(maxsize=None)
def kms_client():
    # ok: client-in-handler
    return boto3.client("kms")


def make_translator():
    # ok: client-in-handler
    return boto3.client("translate")


def keep(factory):
    return factory()


def lambda_handler(event, context):
    global _translator
    if _translator is None:
        _translator = keep(make_translator)
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(archive, [r["s3"]["object"]["key"] for r in event["Records"]]))
    decrypt = functools.partial(kms_client().decrypt, KeyId="alias/orders")
    return process_partial_response(
        event=event, record_handler=record_handler, processor=processor, context=context
    )
