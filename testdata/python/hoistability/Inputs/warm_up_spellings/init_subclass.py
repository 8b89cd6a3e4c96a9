import boto3


def handler(event, context):
    s3 = boto3.client("s3")
    return s3.meta.region_name


class WarmsSubclasses:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        handler({}, None)


class Warmed(WarmsSubclasses):
    pass


import json  # noqa: E402
