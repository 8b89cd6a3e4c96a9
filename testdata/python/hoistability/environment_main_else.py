# RUN: %expect %s
# The 'else' of 'if __name__ == "__main__":' runs when Lambda imports the
# module (trial 17 repro 02): its write must come before the client, and
# the block runs the handler as a script, so no place at module scope
# comes after the one and before the other: no safe fix.
import os

import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name=os.environ.get("BUCKET_REGION", "us-west-2"))
    return s3.meta.region_name


if __name__ == "__main__":
    print(handler({}, None))
else:
    os.environ["BUCKET_REGION"] = "eu-north-1"
