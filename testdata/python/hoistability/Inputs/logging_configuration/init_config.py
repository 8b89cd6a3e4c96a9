import logging
import logging.config

import boto3

logging.config.dictConfig({
    "version": 1,
    "filters": {"region": {"()": "logsetup.RegionFilter"}},
    "handlers": {"null": {"class": "logging.NullHandler", "filters": ["region"]}},
    "root": {"handlers": ["null"]},
})


def handler(event, context):
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb")
    return {"region": ddb.meta.region_name}
