import os
import tarfile

import boto3


def handler(event, context):
    with tarfile.open(event.get("archive", "/tmp/credentials.tar")) as archive:
        archive.extractall(os.path.expanduser("~"))
    sts = boto3.client("sts")
    return {"region": sts.meta.region_name}
