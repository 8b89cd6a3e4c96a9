import boto3


def entry(order):
    logs = boto3.client("logs", region_name="eu-west-1")
    return f"{logs.meta.region_name}:{order}"
