# RUN: %expect %s
# The new line goes before the first module-level statement that runs the
# module's own code, even when imports follow it.
import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


WARM = handler({}, None)

try:
    import ujson as json
except ImportError:
    import json


if __name__ == "__main__":
    print(json.dumps(handler({}, None)))
