# RUN: %expect %s
import boto3
import boto3.session

# ok: client-in-handler
s3_at_init = boto3.client("s3")
dynamodb_resource = boto3.resource("dynamodb")
session = boto3.Session(region_name="eu-west-1")
other = boto3.session.Session()


def lambda_handler(event, context):
    # expect: client-in-handler
    s3 = s3_at_init
    # expect: client-in-handler
    table = dynamodb_resource.Table("orders")
    # expect: client-in-handler
    # expect: client-in-handler
    # ok: client-in-handler
    s3_at_init.list_buckets()
    # ok: client-in-handler
    table.get_item(Key={"id": event["id"]})
    return [s3, session, other]


def make_queue_client():
    # ok: client-in-handler
    return boto3.client("sqs")
