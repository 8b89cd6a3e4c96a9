import boto3


def handler(event, context):
    from tenant_settings import TENANT_REGION

    print("tenant", TENANT_REGION)
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}
