import json
import os

import boto3


def main(payload, lambda_context):
    # Only the CDK stack makes this a handler.
    # expect: client-in-handler
    s3 = boto3.client("s3")
    s3.put_object(Bucket=os.environ["BUCKET"], Key=payload["id"], Body=json.dumps(payload))
