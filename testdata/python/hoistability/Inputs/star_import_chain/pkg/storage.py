import boto3


def region_of(event):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
