import boto3

SETATTR_REGION = "us-east-1"
VARS_REGION = "us-east-1"
DICT_REGION = "us-east-1"
IMPORTED_REGION = "us-east-1"


def setattr_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=SETATTR_REGION)
    return s3.meta.region_name


def vars_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", region_name=VARS_REGION)
    return sqs.meta.region_name


def dict_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", region_name=DICT_REGION)
    return sns.meta.region_name


def imported_handler(event, context):
    # expect: client-in-handler[not-hoistable]
    ssm = boto3.client("ssm", region_name=IMPORTED_REGION)
    return ssm.meta.region_name
