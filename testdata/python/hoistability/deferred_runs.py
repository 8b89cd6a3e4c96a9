# RUN: %expect %s
# A construction that can fail (a variable read as an item), in a function
# the invoke path reaches but may not run: a generator's body runs only as it
# is iterated, a thread's target runs when the thread decides and its failure
# stays in the thread, a route runs only for the events it matches. Hoisted,
# the failure would move to INIT, where every event meets it. No safe fix.
import os
import threading
from concurrent.futures import ThreadPoolExecutor

import boto3
from aws_lambda_powertools.event_handler import APIGatewayRestResolver

app = APIGatewayRestResolver()


def forward(records):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", endpoint_url=os.environ["QUEUE_ENDPOINT"])
    for record in records:
        yield sqs.meta.endpoint_url, record


def generator_handler(event, context):
    sent = forward(event.get("Records", []))
    if not event.get("Records"):
        return {"sent": 0}
    return {"sent": len(list(sent))}


def audit(event):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name=os.environ["AUDIT_REGION"])
    return sns.meta.region_name


def thread_handler(event, context):
    worker = threading.Thread(target=audit, args=(event,))
    worker.start()
    worker.join()
    return {"ok": True}


def executor_handler(event, context):
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(audit, event)
    return {"ok": True}


@app.get("/health")
def health():
    return {"ok": True}


@app.post("/upload")
def upload():
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", endpoint_url=os.environ["UPLOAD_ENDPOINT"])
    return {"endpoint": s3.meta.endpoint_url}


def lambda_handler(event, context):
    return app.resolve(event, context)
