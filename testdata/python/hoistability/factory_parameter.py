# RUN: %expect %s
# A factory whose service name is its parameter, with a config it builds
# per call: the handler gives a constant, but each call gives its own, so the
# client cannot simply move to module scope where it is built, and there is
# no fix. Not hoistable, in JSON and SARIF as in the message's "no fix"
# (fresh23 F2: aws-waf's lib/boto3_util.py create_client).
import boto3
from botocore.config import Config


def create_client(service_name, max_attempts=5):
    config = Config(retries={"max_attempts": max_attempts, "mode": "standard"})
    # expect: client-in-handler[not-hoistable]
    return boto3.client(service_name, config=config)


def lambda_handler(event, context):
    athena = create_client("athena")
    return athena.meta.service_model.service_name
