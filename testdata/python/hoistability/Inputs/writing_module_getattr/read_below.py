import boto3
import tenant_settings


def handler(event, context):
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}


print("tenant", tenant_settings.TENANT_REGION)
