import subprocess

import boto3


def handler(event, context):
    subprocess.run(["sh", "-c", "printf '[default]\\nmax_attempts = 3\\n' > $AWS_CONFIG_FILE"], check=True)
    s3 = boto3.Session().client("s3")
    return s3.meta.config.retries
