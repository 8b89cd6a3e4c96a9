import functools
import os

import boto3


class Service:
    status = 410

    def retired(self, fn):
        @functools.wraps(fn)
        def wrapper(event, context):
            return {"statusCode": self.status}
        return wrapper


service = Service()


@service.retired
def handler(event, context):
    s3 = boto3.client("s3", endpoint_url=os.environ["ARCHIVE_ENDPOINT"])
    return s3.meta.endpoint_url
