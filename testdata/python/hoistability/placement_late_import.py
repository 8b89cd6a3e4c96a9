# RUN: %expect %s
# The module's own code runs (a warm-up call of the handler) before its last
# import: no place at module scope both follows 'boto3' and precedes the call.
def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


WARM = handler({}, None)

import boto3  # noqa: E402
