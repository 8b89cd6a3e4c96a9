import boto3


def process(event):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    return {"region": s3.meta.region_name}
