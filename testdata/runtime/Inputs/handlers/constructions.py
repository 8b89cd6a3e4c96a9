"""One client at INIT, one per invocation, one through a helper."""
import boto3

sqs = boto3.client("sqs")


def make_session():
    return boto3.session.Session()


def handler(event, context):
    s3 = boto3.client("s3")
    session = make_session()
    return {"s3": s3.meta.service_model.service_name, "session": session.region_name}
