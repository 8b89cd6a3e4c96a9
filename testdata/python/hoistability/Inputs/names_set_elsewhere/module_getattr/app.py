import boto3


def __getattr__(name):
    if name.endswith("_client"):
        # expect: client-in-handler
        return boto3.client(name[: -len("_client")], region_name="eu-west-3")
    raise AttributeError(name)


def process(event):
    # expect: client-in-handler[hoistable]
    s3_client = boto3.client("s3", region_name="us-east-1")
    return {"region": s3_client.meta.region_name}
