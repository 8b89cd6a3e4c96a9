import boto3


def handle_report(event, context):
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return s3.generate_presigned_url("get_object", Params={"Bucket": "reports", "Key": event["key"]})
