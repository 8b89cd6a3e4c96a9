import boto3


def handler(event, context):
    s3 = boto3.client("s3")
    return s3.get_object(Bucket=event["bucket"], Key=event["key"])
