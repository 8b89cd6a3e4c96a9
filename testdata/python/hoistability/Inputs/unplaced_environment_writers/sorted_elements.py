import os

import boto3


class Version:
    def __init__(self, number):
        self.number = number

    def __lt__(self, other):
        os.environ["AWS_DEFAULT_REGION"] = "eu-west-2"
        return self.number < other.number


VERSIONS = [Version(2), Version(1)]


def handler(event, context):
    newest = sorted(VERSIONS)[-1].number
    s3 = boto3.client("s3")
    return {"newest": newest, "region": s3.meta.region_name}
