# The helper module's client, moved to its module scope, would be built when
# 'from helpers import get_s3' runs: before the region below is set.
import os

from helpers import get_s3

os.environ["AWS_DEFAULT_REGION"] = "eu-west-3"


def handler(event, context):
    s3 = get_s3()
    return s3.meta.region_name
