# RUN: %expect %s
# A handler defined under a module-level condition: with OFFLINE set, the
# original never builds the client, whose endpoint is then unset; moved to
# module scope, it would be built, and fail, at every INIT.
import os

import boto3

if os.environ.get("OFFLINE"):
    def handler(event, context):
        return {"offline": True}
else:
    def handler(event, context):
        # expect: client-in-handler[hoistable]
        s3 = boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"])
        return {"endpoint": s3.meta.endpoint_url}
