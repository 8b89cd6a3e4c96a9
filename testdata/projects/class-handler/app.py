import boto3
import requests


class App:
    def __init__(self):
        # Runs once, when `handler = App().handle` runs at import.
        # ok: client-in-handler
        self.s3 = boto3.client("s3")

    def handle(self, event, context):
        # expect: client-in-handler
        sqs = boto3.client("sqs")
        return self.process(event), sqs

    def process(self, event):
        # expect: connection-in-handler
        return requests.Session()


handler = App().handle


def get_session():
    # expect: client-in-handler
    return boto3.Session()


def lambda_handler(event, context):
    # The factory's session is a boto3 Session, so this builds a client too.
    # expect: client-in-handler
    return get_session().client("s3")


class Settings:
    # Class attributes are built once, when the class statement runs at import.
    # ok: client-in-handler
    ssm = boto3.client("ssm")

    def read(self, name):
        return self.ssm.get_parameter(Name=name)


def settings_handler(event, context):
    return Settings().read(event["name"])
