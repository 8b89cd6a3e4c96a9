import boto3


def bucket_count():
    # Imported from the directory the plugin puts on sys.path.
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return len(s3.list_buckets()["Buckets"])
