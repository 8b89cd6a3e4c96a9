import boto3


class Base:
    def after_build(self, client):
        pass

    def __call__(self, event, context):
        s3 = boto3.client("s3")
        self.after_build(s3)
        return s3.meta.region_name
