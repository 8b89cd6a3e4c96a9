import pathlib

import boto3


def handler(event, context):
    with pathlib.Path(event.get("path", "/tmp/settings.ini")).open("w") as settings:
        settings.write("[default]\nregion = eu-west-1\n")
    ssm = boto3.client("ssm")
    return {"region": ssm.meta.region_name}
