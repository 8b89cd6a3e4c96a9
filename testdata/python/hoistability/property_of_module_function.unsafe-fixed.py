# RUN: %expect %s
# A property made by a call may take a function the module defines before
# the class, region = property(fget=_region): its getter runs on every read
# as a method's does. Here it writes the region the client reads: no safe
# fix (trial 27: N12; the safe fix let INIT's read set the region once).
import os

import boto3

s3 = boto3.client("s3")


def _region(self):
    os.environ["AWS_DEFAULT_REGION"] = self.event.get("region", "eu-west-2")
    return os.environ["AWS_DEFAULT_REGION"]


class Tenant:
    def __init__(self, event):
        self.event = event

    region = property(fget=_region)


def handler(event, context):
    print(Tenant(event).region)
    # expect: client-in-handler
    return {"region": s3.meta.region_name}
