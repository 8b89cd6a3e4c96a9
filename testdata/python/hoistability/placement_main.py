# RUN: %expect %s
# What a '__main__' block imports never exists when Lambda imports the
# module: no safe fix.
def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


if __name__ == "__main__":
    import boto3

    print(handler({}, None))
