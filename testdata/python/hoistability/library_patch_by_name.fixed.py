# RUN: %expect %s
# Module-level code that patches the SDK by name ('setattr(botocore.session.
# Session, "create_client", ...)', as instrumentation does) changes what
# every client built after it does, as the assignment form does
# (library_patch_at_init.py): the hoisted client goes after the patch
# (Python trial 23: L08c; the safe fix put it before, and the fixed handler
# answered False where the original answered True).
import boto3
import botocore.session


def handler(event, context):
    # expect: client-in-handler[hoistable]
    return getattr(s3, "tagged", False)


_original_create_client = botocore.session.Session.create_client


def _tagging_create_client(self, *args, **kwargs):
    client = _original_create_client(self, *args, **kwargs)
    client.tagged = True
    return client


setattr(botocore.session.Session, "create_client", _tagging_create_client)
s3 = boto3.client("s3")
