import json

import boto3


def handler(event, context):
    with open("/tmp/cache.json", "w") as cache:
        json.dump(event, cache)
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}
