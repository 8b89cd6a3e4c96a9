# RUN: %expect %s
# RUN: %exits 1 %hoist check %s | %FileCheck %s
# A client logs as it is built (where it found credentials, what it
# loaded): one built after the invocation changes logging (boto3's stream
# logger, basicConfig, the level of the root logger or an SDK's) logs what
# one moved to INIT, before that change, would not. It does not move. A
# level set on the module's own logger, or a level of WARNING or above,
# changes nothing the client logs.
import logging

import boto3

logger = logging.getLogger()


def stream_logger_handler(event, context):
    boto3.set_stream_logger("botocore.hooks", logging.DEBUG)
    # CHECK: :[[@LINE+2]]:{{.*}} no safe fix: the invoke path of 'stream_logger_handler' changes logging before it is built ('boto3.set_stream_logger("botocore.hooks", logging.DEBUG)')
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def basic_config_handler(event, context):
    logging.basicConfig(level=logging.DEBUG, force=True)
    # CHECK: :[[@LINE+2]]:{{.*}} no safe fix: {{.*}}changes logging before it is built
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return sqs.meta.region_name


def sdk_level_handler(event, context):
    logging.getLogger("botocore").setLevel(logging.DEBUG)
    # CHECK: :[[@LINE+2]]:{{.*}} no safe fix: {{.*}}changes logging before it is built
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return sns.meta.region_name


def own_logger_handler(event, context):
    logging.getLogger(__name__).setLevel(logging.INFO)
    # CHECK: :[[@LINE+2]]:{{.*}} on every invocation of handler 'own_logger_handler'
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb")
    return ddb.meta.region_name


def root_logger_handler(event, context):
    logger.setLevel(logging.INFO)
    # CHECK: :[[@LINE+2]]:{{.*}} no safe fix: the invoke path of 'root_logger_handler' changes logging before it is built ('logger.setLevel(logging.INFO)')
    # expect: client-in-handler[hoistable]
    kinesis = boto3.client("kinesis")
    return kinesis.meta.region_name


def quiet_level_handler(event, context):
    logger.setLevel(logging.ERROR)
    # CHECK: :[[@LINE+2]]:{{.*}} on every invocation of handler 'quiet_level_handler'
    # expect: client-in-handler[hoistable]
    kms = boto3.client("kms")
    return kms.meta.region_name
