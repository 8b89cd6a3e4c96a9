# The handler sets boto3's default session's region before it builds its
# client: hoisted (an unsafe fix), the client is built at INIT with the
# region Lambda gives, and calls another region, though the handler answers
# the same.
import os

import boto3


def lambda_handler(event, context):
    boto3.setup_default_session(region_name=os.environ["REGION"])
    dynamodb = boto3.client("dynamodb")
    return {"event": sorted(event), "service": dynamodb.meta.service_model.service_name}
