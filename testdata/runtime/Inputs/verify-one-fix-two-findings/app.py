"""Two findings, one fix: moving the client takes its session along, so
the session's own fix (reusing the module's equal session) is not needed."""
import boto3

shared = boto3.Session()


def lambda_handler(event, context):
    local = boto3.Session()
    sqs = local.client("sqs", region_name="us-east-1")
    return {"queue": "orders", "region": sqs.meta.region_name, "id": event["id"]}
