# RUN: %expect %s
import boto3
import boto3.session

# ok: client-in-handler
s3_at_init = boto3.client("s3")


def lambda_handler(event, context):
    # expect: client-in-handler
    s3 = boto3.client("s3")
    # expect: client-in-handler
    table = boto3.resource("dynamodb").Table("orders")
    # expect: client-in-handler
    session = boto3.Session(region_name="eu-west-1")
    # expect: client-in-handler
    other = boto3.session.Session()
    # ok: client-in-handler
    s3_at_init.list_buckets()
    # ok: client-in-handler
    table.get_item(Key={"id": event["id"]})
    return [s3, session, other]


def make_queue_client():
    # ok: client-in-handler
    return boto3.client("sqs")
