import boto3


def lambda_handler(event, context):
    # The CDK app names 'lambda_hander' (misspelt): this still runs once the
    # name is right, so it is checked as a handler.
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return s3.list_objects_v2(Bucket=event["bucket"])["KeyCount"]
