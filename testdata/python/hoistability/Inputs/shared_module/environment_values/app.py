import os

import boto3

# Each handler may be another function's, deployed with its own variables.
ENDPOINT = os.environ.get("S3_ENDPOINT", "")
QUEUE_ENDPOINT = os.environ.get("QUEUE_ENDPOINT")
STAGE = "dev"


def status(event, context):
    return {"ok": True}


def upload(event, context):
    # Where S3_ENDPOINT is not set, botocore refuses the empty endpoint.
    s3 = boto3.client("s3", endpoint_url=ENDPOINT)
    return s3.meta.endpoint_url


def scan(event, context):
    ddb = boto3.client("dynamodb", region_name=os.environ.get("TABLE_REGION", ""))
    return ddb.meta.region_name


def notify(event, context):
    # Not set, the region is None: botocore builds as without it.
    sns = boto3.client("sns", region_name=os.getenv("TOPIC_REGION"))
    return sns.meta.region_name


def enqueue(event, context):
    sqs = boto3.client("sqs", endpoint_url=QUEUE_ENDPOINT)
    return sqs.meta.endpoint_url


def tail(event, context):
    # Lambda sets AWS_REGION for every function.
    logs = boto3.client("logs", region_name=os.environ.get("AWS_REGION", ""))
    return logs.meta.region_name


def archive(event, context):
    # Not set, each read is its default, a region botocore builds with.
    region = (os.getenv("ARCHIVE_REGION") or " EU-WEST-1 ").strip().lower()
    glacier = boto3.client("glacier", region_name=region)
    firehose = boto3.client(
        "firehose", region_name=os.environ.get("STREAM_REGION", "eu-west-1"))
    return [glacier.meta.region_name, firehose.meta.region_name]


def cache(event, context):
    # Not set, the endpoint is "http://", which botocore refuses.
    kinesis = boto3.client(
        "kinesis", endpoint_url=f"http://{os.environ.get('STREAM_HOST', '')}")
    return kinesis.meta.endpoint_url


def report(event, context):
    # A default hoist does not evaluate may be one botocore refuses.
    athena = boto3.client(
        "athena", region_name=os.getenv("REPORT_AT", "" if STAGE else "eu"))
    return athena.meta.region_name


def search(event, context):
    # Not set, the endpoint is "http://localhost:4566".
    host = os.getenv("SEARCH_HOST", "localhost")
    es = boto3.client("es", endpoint_url="http://{}:4566".format(host))
    return es.meta.endpoint_url
