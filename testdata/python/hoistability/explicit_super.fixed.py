# RUN: %expect %s
# `super(Cls, self).__init__()` in a method of Cls is `super().__init__()`:
# the instance seen as its base class, handed to no other code. A client
# the method then sets on the instance moves as with the zero-argument form
# (fresh31, from LambdaML's S3Storage).
import boto3

client = boto3.client("s3", region_name="us-east-1")


def get_client():
    # expect: client-in-handler[hoistable]
    return client


class BaseStorage:
    def __init__(self):
        self.prefix = "data/"


class S3Storage(BaseStorage):
    def __init__(self):
        super(S3Storage, self).__init__()
        self.client = get_client()

    def bucket_of(self, event):
        return self.prefix + event["bucket"]


def handler(event, context):
    storage = S3Storage()
    return {"bucket": storage.bucket_of(event), "region": storage.client.meta.region_name}
