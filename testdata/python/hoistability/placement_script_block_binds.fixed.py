# RUN: %expect %s
# A script's block that calls and imports nothing ('REGION = "local"') runs
# none of the module's code, and its 'else' binds REGION again at INIT: the
# client that reads REGION goes after the block, at the end of the module
# (trial 25, N04; before, "no place at module scope comes after what it
# needs and before the module runs its own code"). A script's block that
# calls something still ends the place (placement_main.py).
import boto3

REGION = "us-east-1"


def handler(event, context):
    # expect: client-in-handler[hoistable]
    return {"region": s3.meta.region_name}


if __name__ == "__main__":
    REGION = "local"
else:
    REGION = "us-west-2"

s3 = boto3.client("s3", region_name=REGION)
