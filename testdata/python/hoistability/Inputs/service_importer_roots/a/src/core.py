import boto3


class Core:
    def __init__(self):
        self.s3 = boto3.client("s3")

    def run(self, key):
        return self.s3.get_object(Bucket="b", Key=key)
