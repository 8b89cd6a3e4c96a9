# RUN: %expect %s
# A class body runs at import: a warm-up call in it runs the handler, so
# the new line goes before the class, though an import follows.
import boto3

sns = boto3.client("sns")


def handler(event, context):
    # expect: client-in-handler[hoistable]
    return sns.meta.region_name


class Warm:
    response = handler({}, None)


import json  # noqa: E402
