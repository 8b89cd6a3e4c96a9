import boto3


def handler(event, context):
    s3 = boto3.client("s3")
    return s3.meta.region_name


class Warming(type):
    def __init__(cls, *args):
        super().__init__(*args)
        handler({}, None)


class Warmed(metaclass=Warming):
    pass


import json  # noqa: E402
