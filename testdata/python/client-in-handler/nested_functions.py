# Functions a handler defines in its own body, and lambdas, run when it calls
# them (or gives them to a call): their constructions are per invocation. Names
# they do not bind are the enclosing function's. hoist reports them and leaves
# the move to the author: it does not rewrite nested functions and lambdas.
# RUN: %expect %s
# RUN: %exits 1 %hoist check %s | %FileCheck %s
import functools
import json
import os
from concurrent.futures import ThreadPoolExecutor

import boto3

TABLE_NAME = os.environ.get("TABLE_NAME", "orders")


def lambda_handler(event, context):
    bucket = event["bucket"]

    def archive(record):
        # CHECK: nested_functions.py:[[@LINE+2]]:{{.*}} (through 'lambda_handler.<locals>.archive'); {{.*}}; no fix: it is in 'lambda_handler.<locals>.archive', a function defined inside 'lambda_handler', which hoist does not rewrite: move it to module scope by hand [client-in-handler]
        # expect: client-in-handler[hoistable]
        s3 = boto3.client("s3")
        s3.put_object(Bucket=bucket, Key=record["id"], Body=json.dumps(record))

    def orders_table():
        # The region is read from the enclosing handler's event.
        # expect: client-in-handler[not-hoistable]
        resource = boto3.resource("dynamodb", region_name=event["region"])
        return resource.Table(TABLE_NAME)

    # A cache made on each invocation lasts that invocation only.
    @functools.lru_cache(maxsize=None)
    def kms():
        # expect: client-in-handler
        return boto3.client("kms")

    def never_called():
        # ok: client-in-handler
        return boto3.client("sqs")

    # expect: client-in-handler
    notify = lambda message: boto3.client("sns").publish(TopicArn="arn:aws:sns:eu-west-1:1:t", Message=message)

    for record in event["Records"]:
        archive(record)
    orders_table().put_item(Item={"id": event["id"]})
    kms().encrypt(KeyId="alias/orders", Plaintext=b"x")
    with ThreadPoolExecutor(max_workers=4) as pool:
        # expect: client-in-handler
        list(pool.map(lambda body: boto3.client("sqs").send_message(QueueUrl="q", MessageBody=body), ["a"]))
    notify("done")
    return never_called


class Exporter:
    def __init__(self):
        self.region = os.environ.get("AWS_REGION", "eu-west-1")

    def handle(self, event, context):
        def client():
            # 'self' is the method's.
            # expect: client-in-handler
            return boto3.client("athena", region_name=self.region)

        return client().start_query_execution(QueryString=event["query"])


exporter = Exporter()
handler = exporter.handle
