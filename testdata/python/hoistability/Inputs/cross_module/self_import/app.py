import boto3

REGION = "us-east-1"


def handler(event, context):
    # The module imports itself and sets its own name.
    import app

    app.REGION = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=REGION)
    return s3.meta.region_name
