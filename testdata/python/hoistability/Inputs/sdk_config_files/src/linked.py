import os

import boto3

SETTINGS = "/tmp/app-settings.ini"


def fetch(region):
    with open("/tmp/downloaded.ini", "w") as settings:
        settings.write("[default]\nregion = %s\n" % region)
    if os.path.lexists(SETTINGS):
        os.remove(SETTINGS)
    os.symlink("/tmp/downloaded.ini", SETTINGS)


def handler(event, context):
    fetch(event.get("region", "eu-west-1"))
    sqs = boto3.client("sqs")
    return {"region": sqs.meta.region_name}
