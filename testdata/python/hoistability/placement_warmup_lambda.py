# RUN: %expect %s
# A lambda given to map() calls the handler at import: the new line goes
# before that statement, though an import follows.
import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


WARM = list(map(lambda e: handler(e, None), [{}]))

import json  # noqa: E402
