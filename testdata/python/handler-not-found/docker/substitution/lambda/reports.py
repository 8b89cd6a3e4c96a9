import boto3


def build_report(payload, ctx):
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return s3.list_objects_v2(Bucket=payload["bucket"])
