import boto3


def fake_handler(event, context):
    return boto3.client("s3")


def test_ingest():
    assert fake_handler({}, None)
