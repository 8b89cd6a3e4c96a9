# The stage picks the module the handlers' function comes from: prod_cfg's
# writes the region, dev_cfg's does nothing. Each binding is followed.
import os

import boto3

if os.environ.get("STAGE", "prod") == "prod":
    from prod_cfg import configure
    import prod_cfg as cfg
else:
    from dev_cfg import configure
    import dev_cfg as cfg


def handler(event, context):
    configure()
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}


def alias_handler(event, context):
    cfg.configure()
    sqs = boto3.client("sqs")
    return {"region": sqs.meta.region_name}
