import boto3

CALLS = []


def _hook(**kwargs):
    CALLS.append(1)


S3 = boto3.client("s3")


def get_s3():
    return S3


def admin_handler(event, context):
    from admin import enable_audit

    enable_audit()


def handler(event, context):
    if event.get("kind") == "a":
        admin_handler(event, context)
    s3 = boto3.client("s3")
    before = len(CALLS)
    s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"})
    return len(CALLS) - before


def getter_handler(event, context):
    if event.get("kind") == "b":
        get_s3().meta.events.register("before-parameter-build.s3.GetObject", _hook)
    s3 = boto3.client("s3")
    before = len(CALLS)
    s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"})
    return len(CALLS) - before
