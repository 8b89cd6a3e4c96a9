import json
import logging.config

import boto3

WRITING = {
    "version": 1,
    "handlers": {"ship": {"()": "logsetup.make_handler"}},
    "root": {"handlers": ["ship"]},
}
QUIET = {
    "version": 1,
    "handlers": {
        "quiet": {"()": "logsetup.quiet_handler"},
        "console": {"class": "logging.StreamHandler", "level": "WARNING"},
    },
    "root": {"handlers": ["quiet", "console"]},
}


def factory_handler(event, context):
    logging.config.dictConfig(WRITING)
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}


def quiet_config_handler(event, context):
    logging.config.dictConfig(QUIET)
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return {"region": sqs.meta.region_name}


def read_config_handler(event, context):
    logging.config.dictConfig(json.loads(event.get("logging", "{}")))
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return {"region": sns.meta.region_name}


def file_config_handler(event, context):
    logging.config.fileConfig("logging.ini")
    # expect: client-in-handler[hoistable]
    kms = boto3.client("kms")
    return {"region": kms.meta.region_name}
