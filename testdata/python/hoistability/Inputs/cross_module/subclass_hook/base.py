import boto3


class BaseRepo:
    def __init__(self):
        self.client = boto3.client("sqs")
        self.setup()

    def setup(self):
        pass


class Base:
    def __init__(self):
        self.client = boto3.client("sns")
