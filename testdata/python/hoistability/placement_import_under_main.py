# RUN: %expect %s
# The module imports boto3 only in its '__main__' block, which Lambda never
# runs: the handler's own import moves to module scope with the client.


def handler(event, context):
    import boto3

    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return {"region": s3.meta.region_name}


if __name__ == "__main__":
    import boto3

    print(handler({}, None))
