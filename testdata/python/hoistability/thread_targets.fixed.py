# RUN: %expect %s
# boto3's sessions and resources are not thread-safe ("one session per
# thread"): built in a function that threads run, each thread has its own;
# moved to module scope, the threads would share one.
import threading
from concurrent.futures import ThreadPoolExecutor

import boto3

session = boto3.Session()


def region_of(service):
    # expect: client-in-handler
    session = boto3.Session()
    # expect: client-in-handler
    return session.client(service).meta.region_name


def count_tables(out):
    # expect: client-in-handler
    dynamodb = boto3.resource("dynamodb")
    out.append(dynamodb.meta.client.meta.region_name)


def handler(event, context):
    with ThreadPoolExecutor(max_workers=4) as pool:
        regions = sorted(set(pool.map(region_of, ["s3", "sqs", "sns"])))
    out = []
    thread = threading.Thread(target=count_tables, args=(out,))
    thread.start()
    thread.join()
    return {"regions": regions, "tables": out}


def lambda_handler(event, context):
    # A session built in the handler's own thread: one at module scope
    # behaves the same.
    # expect: client-in-handler
    return session.region_name
