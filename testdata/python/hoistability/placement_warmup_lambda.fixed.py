# RUN: %expect %s
# A lambda given to map() calls the handler at import: the new line goes
# before that statement, though an import follows.
import boto3

sqs = boto3.client("sqs")


def handler(event, context):
    # expect: client-in-handler[hoistable]
    return sqs.meta.region_name


WARM = list(map(lambda e: handler(e, None), [{}]))

import json  # noqa: E402
