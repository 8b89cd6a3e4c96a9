import boto3

import replies
from validation import require


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    require(event, "id")
    return replies.ok({"id": event.get("id"), "region": s3.meta.region_name})
