# The state the client reads lives in 'state', imported by its name here and
# in 'writer', which fills it from the event on every invocation.
import boto3

from state import CFG
from writer import remember


def handler(event, context):
    remember(event)
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", **CFG)
    return s3.meta.region_name
