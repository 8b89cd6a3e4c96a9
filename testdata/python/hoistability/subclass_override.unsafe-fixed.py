# RUN: %expect %s
# The handler is an instance of a subclass: the method it inherits calls
# 'self.prepare', which runs the subclass's override, and that one sets the
# region from the event. Built at INIT, the client would keep the region of
# none of them. No safe fix (trial 12 S8).
import os

import boto3

s3 = boto3.client("s3")


class Base:
    def prepare(self, event):
        pass

    def __call__(self, event, context):
        self.prepare(event)
        # expect: client-in-handler[hoistable]
        return s3.meta.region_name


class Regional(Base):
    def prepare(self, event):
        if "region" in event:
            os.environ["AWS_DEFAULT_REGION"] = event["region"]


handler = Regional()
