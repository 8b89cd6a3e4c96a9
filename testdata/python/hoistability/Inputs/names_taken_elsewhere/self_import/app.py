import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    return {"exported": public_names(), "region": s3.meta.region_name}


def public_names():
    import app

    return sorted(name for name in dir(app) if name.islower())
