import aws

CALLS = []


def count(**kwargs):
    CALLS.append(1)


def handler(event, context):
    aws.MADE.events.register("before-call.s3.ListBuckets", count, unique_id="count")
    s3 = aws.MADE.client("s3")
    return s3.meta.region_name
