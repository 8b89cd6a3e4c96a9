import contextlib
import os

import boto3


class quiet(contextlib.ContextDecorator):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


@quiet()
def handler(event, context):
    sns = boto3.client("sns", endpoint_url=os.environ["SNS_ENDPOINT"])
    return sns.meta.endpoint_url
