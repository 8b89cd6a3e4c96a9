import boto3


def tenant_client():
    # expect: client-in-handler
    return boto3.client("dynamodb")
