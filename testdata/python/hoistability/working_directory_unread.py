# RUN: %expect %s
# A change of the working directory changes only what a construction reads
# by a relative path: a client given none, where no SDK file is named
# relative, keeps its safe fix.
import os

import boto3

HERE = os.path.dirname(os.path.abspath(__file__))


def handler(event, context):
    os.chdir(HERE)
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
