import boto3


def process(event):
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb", region_name="us-east-1")
    return {"region": ddb.meta.region_name}
