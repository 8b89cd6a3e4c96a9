"""The function's own handler, at the top of its task root."""
import boto3


def lambda_handler(event, context):
    sqs = boto3.client("sqs")
    return {"queue": "orders", "region": sqs.meta.region_name, "id": event["id"]}
