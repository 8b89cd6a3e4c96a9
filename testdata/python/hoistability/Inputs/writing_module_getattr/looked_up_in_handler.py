import boto3
import tenant_settings


def handler(event, context):
    if hasattr(tenant_settings, event.get("setting", "TENANT_REGION")):
        print("tenant", getattr(tenant_settings, "TENANT_REGION"))
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}
