import boto3

s3 = boto3.client("s3", region_name="eu-west-1")

from helpers import *
from listed import *


def lambda_handler(event, context):
    # The calls reach the functions the star imports bring.
    return {
        "main": s3.meta.region_name,
        "helper": fetch(event, context),
        "queue": queue_region(),
        "table": table_region(),
    }
