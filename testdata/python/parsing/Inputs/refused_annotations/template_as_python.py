import boto3


def handler(event, context):
    s3 = boto3.client("s3")
    return s3.list_buckets()
Resources:
  get1:
    Type: 'AWS::Serverless::Function'
