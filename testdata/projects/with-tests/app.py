import boto3


def lambda_handler(event, context):
    # expect: client-in-handler
    return boto3.client("s3").list_buckets()


def globals_handler(event, context):
    if "sqs" not in globals():
        # ok: client-in-handler
        globals()["sqs"] = boto3.client("sqs")
    return globals()["sqs"]
