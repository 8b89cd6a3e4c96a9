# A crhelper custom resource registers its create/update/delete (and poll_*)
# functions on a CfnResource with decorators; the handler calls the helper
# with the event, which runs the one the request names, on that invocation.
# RUN: %expect %s --handler crhelper_resource.handler
import logging

import boto3
from crhelper import CfnResource

logger = logging.getLogger(__name__)
helper = CfnResource(json_logging=False, log_level="DEBUG", boto_level="CRITICAL")
s3 = boto3.client("s3")
s3_resource = boto3.resource("s3")


@helper.create
def create(event, context):
    props = event["ResourceProperties"]
    # expect: client-in-handler
    s3.create_bucket(Bucket=props["BucketName"])
    helper.Data["Arn"] = "arn:aws:s3:::" + props["BucketName"]
    return props["BucketName"]


@helper.update
def update(event, context):
    logger.info("nothing to update for %s", event["PhysicalResourceId"])


@helper.delete
def delete(event, _):
    # expect: client-in-handler
    bucket = s3_resource.Bucket(event["PhysicalResourceId"])
    bucket.objects.all().delete()
    bucket.delete()


@helper.poll_create
def poll_create(event, context):
    # expect: client-in-handler
    waiter = s3.get_waiter("bucket_exists")
    waiter.wait(Bucket=event["ResourceProperties"]["BucketName"])
    return True


def not_registered(event, context):
    # ok: client-in-handler
    return boto3.client("sts")


def handler(event, context):
    helper(event, context)
