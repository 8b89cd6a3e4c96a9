# RUN: %expect %s
# A module-level class body runs at import, after the handler's definition:
# the region it sets is there before the handler runs. The client moves
# after the class, not after the imports.
import os

import boto3


def handler(event, context):
    # expect: client-in-handler
    return sqs.meta.region_name


class Settings:
    region = "eu-west-3"
    os.environ["AWS_DEFAULT_REGION"] = region

sqs = boto3.client("sqs")
