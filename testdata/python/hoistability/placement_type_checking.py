# RUN: %expect %s
# boto3 is imported for type checkers at module level and for real inside
# the handler: the hoisted client needs a module-level import that runs.
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import boto3


def handler(event, context):
    import boto3

    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name
