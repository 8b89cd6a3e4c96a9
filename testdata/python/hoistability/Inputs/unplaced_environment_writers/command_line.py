import os

import boto3


def configure_region(region):
    os.environ["AWS_DEFAULT_REGION"] = region


def main():
    configure_region("eu-west-2")
    print(handler({}, None))


def handler(event, context):
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}


if __name__ == "__main__":
    main()
