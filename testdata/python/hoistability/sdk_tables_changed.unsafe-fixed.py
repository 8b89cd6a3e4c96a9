# RUN: %expect %s
# The SDK's own module-level tables changed in place on the invoke path
# (an item set, a list appended to) change what every client built after
# the change reads, as an attribute of the SDK set does: no safe fix.
import boto3
import botocore.configprovider
import botocore.handlers
from botocore.config import Config

s3 = boto3.client("s3", region_name="us-east-1")
sqs = boto3.client("sqs", region_name="us-east-1")
sns = boto3.client("sns")


def _tag(class_attributes, **kwargs):
    class_attributes["tagged"] = True


def appending_handler(event, context):
    botocore.handlers.BUILTIN_HANDLERS.append(("creating-client-class.s3", _tag))
    # expect: client-in-handler[hoistable]
    return hasattr(s3, "tagged")


def defaults_handler(event, context):
    Config.OPTION_DEFAULTS["connect_timeout"] = event.get("timeout", 2)
    # expect: client-in-handler[hoistable]
    return sqs.meta.config.connect_timeout


def session_variables_handler(event, context):
    botocore.configprovider.BOTOCORE_DEFAUT_SESSION_VARIABLES["region"] = (
        "region",
        "TENANT_REGION",
        None,
        None,
    )
    # expect: client-in-handler[hoistable]
    return sns.meta.region_name
