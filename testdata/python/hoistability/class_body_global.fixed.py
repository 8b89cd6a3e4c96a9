# RUN: %expect %s
# A class body that declares a module-level name 'global' binds the
# module's name where the class is defined, at INIT: the client that reads
# it moves after the class, where it reads what the handler read (trial 25,
# N10; before, it went above the class and kept the first value).
import boto3

REGION = "us-east-1"


def handler(event, context):
    # expect: client-in-handler[hoistable]
    return {"region": s3.meta.region_name}


class Config:
    global REGION
    REGION = "af-south-1"

s3 = boto3.client("s3", region_name=REGION)
