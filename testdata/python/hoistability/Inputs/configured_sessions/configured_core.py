import aws


def handler(event, context):
    if "region" in event:
        aws.CORE.set_config_variable("region", event["region"])
    s3 = aws.CORE.create_client("s3", region_name="us-east-1")
    return s3.meta.region_name
