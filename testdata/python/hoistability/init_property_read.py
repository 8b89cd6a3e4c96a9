# RUN: %expect %s
# Module-level code after the handler reads a property whose getter writes
# the region: the client must be built after it, and no place at module
# scope is both after what it needs and before that code. No safe fix
# (trial 12 repro 19).
import os

import boto3


class Config:
    @property
    def region(self):
        os.environ["AWS_DEFAULT_REGION"] = "eu-west-1"
        return "eu-west-1"


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


CONFIG = Config()
print(CONFIG.region)
