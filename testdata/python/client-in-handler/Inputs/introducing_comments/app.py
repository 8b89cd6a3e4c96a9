import boto3

SETTINGS = {
    "bucket": "reports",
    "prefix": "daily/",
}


def handler(event, context):
    # Create a Secrets Manager client
    # for the API key.
    secrets = boto3.client("secretsmanager")
    name = secrets.meta.service_model.service_name

    # Set apart by a blank line: it stays.

    # The reports' bucket.
    s3 = boto3.client("s3")
    # TODO: a tagged note is about this place: it stays.
    sqs = boto3.client("sqs")
    return {"name": name, "s3": s3.meta.region_name,
            "sqs": sqs.meta.region_name, "bucket": SETTINGS["bucket"]}
