import subprocess
import sys

import boto3


def handler(event, context):
    subprocess.run([sys.executable, "-c", "print(1)"], check=True)
    s3 = boto3.Session().client("s3")
    return s3.meta.config.retries
