import json
import os

import boto3


class Encoder(json.JSONEncoder):
    def default(self, o):
        os.environ["AWS_DEFAULT_REGION"] = "eu-west-2"
        return str(o)


def handler(event, context):
    body = json.dumps({"seen": object()}, cls=Encoder)
    s3 = boto3.client("s3")
    return {"body": len(body), "region": s3.meta.region_name}
