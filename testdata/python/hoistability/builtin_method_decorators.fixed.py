# RUN: %expect %s --handler builtin_method_decorators.upload_handler --handler builtin_method_decorators.download_handler
# '@staticmethod' and '@classmethod', Python's own, call the method they
# wrap and let its errors through: a handler they decorate keeps the safe
# fix a construction that may raise gets outside any 'try' (trial 25, C05).
# One the module defines itself is its own code, judged as such.
import os

import boto3

s3 = boto3.client(
    "s3", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
sqs = boto3.client(
    "sqs", region_name=os.environ.get("QUEUE_REGION", "us-west-2"))


class Handlers:
    @staticmethod
    def upload(event, context):
        # expect: client-in-handler[hoistable]
        return {"region": s3.meta.region_name}

    @classmethod
    def download(cls, event, context):
        # expect: client-in-handler[hoistable]
        return {"region": sqs.meta.region_name}


upload_handler = Handlers.upload
download_handler = Handlers.download
