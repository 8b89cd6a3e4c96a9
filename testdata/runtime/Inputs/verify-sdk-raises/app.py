"""Lists the buckets on every invocation and lets the error escape: under
verify every AWS endpoint is unreachable, so every invocation fails."""
import boto3


def lambda_handler(event, context):
    s3 = boto3.client("s3")
    return {"id": event["id"], "buckets": len(s3.list_buckets()["Buckets"])}
