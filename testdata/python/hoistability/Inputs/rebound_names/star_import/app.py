# A plain function rebound by star imports of modules without __all__,
# which bring every public name they bind: writer.py's writes the region.
# The same through a package's __init__ and a module that re-exports the
# name it rebinds.
import boto3

import pkg
from api import remember


def configure():
    return "plain"


from writer import *  # noqa: E402,F401,F403


def handler(event, context):
    configure()
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}


def package_handler(event, context):
    pkg.configure()
    sqs = boto3.client("sqs")
    return {"region": sqs.meta.region_name}


def reexport_handler(event, context):
    remember()
    sns = boto3.client("sns")
    return {"region": sns.meta.region_name}
