# RUN: %expect %s
import boto3

import boto3 as late
a = late.client("s3")
b = boto3.client("kms")


def handler(event, context):
    import boto3 as late
    # expect: client-in-handler

    def nested():
        # Runs only if called; not on the handler's own path.
        # ok: client-in-handler
        return boto3.client("sqs")

    # ok: client-in-handler
    make = lambda: boto3.client("sns")
    with open("/dev/null") as f:
        # expect: client-in-handler
        pass
    for _ in range(2):
        # expect: client-in-handler
        c = boto3.client("sts")
    return a, b, c, nested, make, f


def shadowing_handler(event, context):
    boto3 = event["fake_module"]
    # ok: client-in-handler
    return boto3.client("s3")


class Service:
    def handler(self, event, context):
        # Methods are not module-level handlers by name alone.
        # ok: client-in-handler
        return boto3.client("s3")


if __name__ == "__main__":
    # ok: client-in-handler
    boto3.client("s3")
