# RUN: %expect %s
# A 'staticmethod' the module defines is not Python's: this one answers for
# the errors of what it wraps, so a construction that may raise keeps no
# safe fix (the builtin gets one: builtin_method_decorators.py).
import os

import boto3

s3 = boto3.client(
    "s3", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))


def staticmethod(function):
    def answering(*args):
        try:
            return function(*args)
        except Exception:
            return {"error": True}

    return answering


class Handlers:
    @staticmethod
    def upload(event, context):
        # expect: client-in-handler[hoistable]
        return {"region": s3.meta.region_name}


upload_handler = Handlers.upload
