# RUN: %expect %s
# Module-level code that patches the SDK (an attribute of an imported
# library set) changes what every client built after it does: the hoisted
# client goes after the patch.
import boto3
import botocore.client


def handler(event, context):
    # expect: client-in-handler[hoistable]
    return getattr(s3, "patched", False)


_original_init = botocore.client.BaseClient.__init__


def _patched_init(self, *args, **kwargs):
    _original_init(self, *args, **kwargs)
    self.patched = True


botocore.client.BaseClient.__init__ = _patched_init
s3 = boto3.client("s3")
