import boto3


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.head_object(Bucket=event["bucket"], Key=event["key"])["ContentLength"]
