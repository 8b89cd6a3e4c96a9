# RUN: %expect %s
# The new module-level line joins the module's setup without splitting a run
# that configures a name the setup just bound: `logger.setLevel(...)` stays
# beside `logger = logging.getLogger()`, and the client goes after the run. A
# call that configures nothing the run bound ends it.
import logging

import boto3

logger = logging.getLogger("orders")
logger.setLevel(logging.INFO)
logger.addHandler(logging.NullHandler())
TABLE = "orders"
ddb = boto3.client("dynamodb")
logging.getLogger("botocore").setLevel(logging.WARNING)


def lambda_handler(event, context):
    # expect: client-in-handler[hoistable]
    logger.info("table %s", TABLE)
    return {"region": ddb.meta.region_name, "level": logger.level,
            "handlers": len(logger.handlers)}
