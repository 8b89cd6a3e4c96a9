import boto3


def bucket_region():
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name
