import os

import boto3


class Api:
    def _with_region(fn):
        def wrapper(self, event, context):
            if "region" in event:
                os.environ["AWS_DEFAULT_REGION"] = event["region"]
            return fn(self, event, context)

        return wrapper

    @_with_region
    def handle(self, event, context):
        s3 = boto3.client("s3")
        return s3.meta.region_name


handler = Api().handle
